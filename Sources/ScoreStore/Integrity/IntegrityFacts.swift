import GRDB
import ScoringCore

/// Facts: `credential/<judge>` → the stored hash; `recusal/<judge>/<number>` → the reason;
/// `panel/<trade>/<round>` → its judges; `double-entry-round/<round>` → "true";
/// `double-entry/<number>/<round>/<judge>/<criterion>/<clerk>` → the open entry's value.
enum IntegrityFacts: AuditFactSource {
    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        for row in try Row.fetchAll(db, sql: "SELECT judge_id, hash FROM credential") {
            try emit(credential(judge: row["judge_id"]), row["hash"])
        }
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT r.judge_id, c.number, r.reason FROM recusal_allowance r
                JOIN competitor c ON c.id = r.competitor_id
                """)
        {
            try emit(recusal(judge: row["judge_id"], number: row["number"]), row["reason"])
        }
        for (key, value) in try panelFacts(db) { try emit(key, value) }
        for round in try String.fetchAll(db, sql: "SELECT round_id FROM double_entry_round") {
            try emit(doubleEntryRound(round), "true")
        }
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT c.number, e.round_id, e.judge_id, e.criterion_id, e.clerk, e.value_h FROM double_entry e
                JOIN competitor c ON c.id = e.competitor_id WHERE e.settled = 0
                """)
        {
            try emit(
                doubleEntryFact(
                    number: row["number"], round: row["round_id"], judge: row["judge_id"],
                    criterion: row["criterion_id"], clerk: row["clerk"]),
                Points(hundredths: row["value_h"]).description)
        }
    }

    static func credential(judge: String) -> AuditFact { AuditFact("credential", judge) }
    static func recusal(judge: String, number: String) -> AuditFact { AuditFact("recusal", judge, number) }
    static func panel(trade: String, round: String) -> AuditFact { AuditFact("panel", trade, round) }
    static func doubleEntryRound(_ round: String) -> AuditFact { AuditFact("double-entry-round", round) }

    static func panelFacts(_ db: Database) throws -> [(AuditFact, String)] {
        var judges: [[String]: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT trade_id, round_id, judge_id FROM panel_judge ORDER BY position") {
            judges[[row["trade_id"], row["round_id"]], default: []].append(row["judge_id"])
        }
        return judges.map { (panel(trade: $0.key[0], round: $0.key[1]), $0.value.joined(separator: ",")) }
    }

    static func doubleEntryFact(number: String, round: String, judge: String, criterion: String, clerk: String)
        -> AuditFact
    {
        AuditFact("double-entry", number, round, judge, criterion, clerk)
    }

    /// The definition facts this source adds, for the record that stores the competition.
    static func definitionChanges(_ competition: Competition) -> AuditChanges {
        var changes = AuditChanges()
        for panel in competition.panels {
            changes.set(
                Self.panel(trade: panel.trade.rawValue, round: panel.round.rawValue),
                to: panel.judges.map(\.rawValue).joined(separator: ","))
        }
        for round in competition.rounds where round.doubleEntry {
            changes.set(doubleEntryRound(round.id.rawValue), to: "true")
        }
        return changes
    }
}
