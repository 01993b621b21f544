import GRDB
import ScoringCore

/// The integrity part of the competition definition: panels and double-entry rounds.
extension ScoreDatabase {
    static func saveIntegrityDefinition(_ competition: Competition, _ db: Database) throws {
        for panel in competition.panels {
            for (position, judge) in panel.judges.enumerated() {
                try db.execute(
                    sql: "INSERT INTO panel_judge (trade_id, round_id, judge_id, position) VALUES (?, ?, ?, ?)",
                    arguments: [panel.trade.rawValue, panel.round.rawValue, judge.rawValue, position])
            }
        }
        for round in competition.rounds where round.doubleEntry {
            try db.execute(sql: "INSERT INTO double_entry_round (round_id) VALUES (?)", arguments: [round.id.rawValue])
        }
    }

    /// Adds the stored panels and double-entry flags to a competition read from v1's tables.
    static func loadIntegrityDefinition(into competition: inout Competition, _ db: Database) throws {
        let doubleEntry = Set(try String.fetchAll(db, sql: "SELECT round_id FROM double_entry_round"))
        for index in competition.rounds.indices {
            competition.rounds[index].doubleEntry = doubleEntry.contains(competition.rounds[index].id.rawValue)
        }
        let tradeOrder = Dictionary(uniqueKeysWithValues: competition.trades.enumerated().map { ($1.id, $0) })
        let roundOrder = Dictionary(uniqueKeysWithValues: competition.rounds.enumerated().map { ($1.id, $0) })
        var panels: [Panel] = []
        for row in try Row.fetchAll(
            db, sql: "SELECT trade_id, round_id, judge_id FROM panel_judge ORDER BY trade_id, round_id, position")
        {
            let trade = TradeID(row["trade_id"])
            let round = RoundID(row["round_id"])
            if let last = panels.last, last.trade == trade, last.round == round {
                panels[panels.count - 1].judges.append(JudgeID(row["judge_id"]))
            } else {
                panels.append(Panel(trade: trade, round: round, judges: [JudgeID(row["judge_id"])]))
            }
        }
        competition.panels = panels.sorted {
            (tradeOrder[$0.trade] ?? 0, roundOrder[$0.round] ?? 0) < (
                tradeOrder[$1.trade] ?? 0, roundOrder[$1.round] ?? 0
            )
        }
    }
}
