import GRDB
import ScoringCore

/// Each correction by its batch: the mark corrected, by whom, and why.
enum CorrectionFacts: AuditFactSource {
    static func fact(batch: Int64) -> AuditFact { AuditFact("correction", String(batch)) }

    static func value(mark: AuditFact, chief: String, reason: String) -> String {
        [mark.description, chief, reason].map(AuditText.escaped).joined(separator: "\t")
    }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT x.batch_id, c.number, x.round_id, x.judge_id, x.criterion_id, x.chief, x.reason
                FROM mark_correction x JOIN competitor c ON c.id = x.competitor_id
                ORDER BY x.batch_id
                """)
        while let row = try rows.next() {
            let mark = MarkFacts.fact(number: row[1], round: row[2], judge: row[3], criterion: row[4])
            try emit(fact(batch: row[0]), value(mark: mark, chief: row[5], reason: row[6]))
        }
    }
}
