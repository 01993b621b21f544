import GRDB
import ScoringCore

/// What must be settled before a round of a trade is locked: each source gives one readable
/// line per blocker. They run inside the lock's write transaction, so nothing slips in between.
enum LockBlockers {
    typealias Source = (_ trade: TradeID, _ round: RoundID, _ db: Database) throws -> [String]

    /// Double entry (双人录入) adds `ScoreDatabase.doubleEntryBlockers` here.
    static var sources: [Source] {
        [ScoreDatabase.markBlockers]
    }
}

extension ScoreDatabase {
    /// Missing (or extra) marks of the competitors admitted to the round, then the competitors
    /// flagged by max_spread whose marks the chief judge has not confirmed.
    static func markBlockers(trade: TradeID, round: RoundID, _ db: Database) throws -> [String] {
        let results = try tradeResults(trade, db)
        let missing = results.problems.filter { $0.round == round }.map(\.description)
        let review = SpreadReview(flags: results.flags, confirmations: try spreadConfirmations(db))
        let flagged = review.unconfirmed.filter { $0.round == round }.map {
            "\($0): not confirmed by the chief judge (`judge flags confirm`)"
        }
        return missing + flagged
    }

    /// One trade scored from its own competitors and marks (times only rank, so they are left out).
    static func tradeResults(_ trade: TradeID, _ db: Database) throws -> TradeResults {
        let competition = try competition(db)
        let competitors = try Row.fetchAll(
            db, sql: "SELECT number, name, unit, status FROM competitor WHERE trade_id = ?", arguments: [trade.rawValue]
        ).map {
            Competitor(
                number: CompetitorNumber($0["number"]), name: $0["name"], unit: $0["unit"], trade: trade,
                status: Competitor.Status(rawValue: $0["status"]) ?? .active)
        }
        let marks = try Row.fetchAll(
            db,
            sql: """
                SELECT c.number, m.round_id, m.judge_id, m.criterion_id, m.value_h
                FROM mark m JOIN competitor c ON c.id = m.competitor_id WHERE c.trade_id = ?
                """,
            arguments: [trade.rawValue]
        ).map { row in
            let criterion: String = row[3]
            return Mark(
                number: CompetitorNumber(row[0]), round: RoundID(row[1]), judge: JudgeID(row[2]),
                criterion: criterion.isEmpty ? nil : CriterionID(criterion), value: Points(hundredths: row[4]))
        }
        let all = Scoring(competition: competition).results(competitors: competitors, marks: marks)
        return all.first { $0.trade.id == trade }!
    }
}
