import Crypto
import GRDB
import ScoringCore

/// Each time used by competitor number and round: seconds.
enum TimeFacts: AuditFactSource {
    static func fact(number: String, round: String) -> AuditFact { AuditFact("time", number, round) }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT c.number, t.round_id, t.seconds FROM time_used t JOIN competitor c ON c.id = t.competitor_id
                ORDER BY c.id, t.round_id
                """)
        while let row = try rows.next() {
            try emit(fact(number: row[0], round: row[1]), String(row[2] as Int64))
        }
    }
}
