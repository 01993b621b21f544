import GRDB
import StoreValues

/// Each recorded roster edit, so a change log edited in the file is found by `audit verify`.
enum CompetitorChangeFacts: AuditFactSource {
    static func fact(number: String, _ change: CompetitorChange) -> (AuditFact, String) {
        (
            AuditFact("competitor-change", number, String(change.batch)),
            [change.changes, change.reason, change.by, change.chief?.rawValue ?? "", change.at].map(AuditText.escaped)
                .joined(separator: "\t")
        )
    }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT c.number, x.* FROM competitor_change x JOIN competitor c ON c.id = x.competitor_id ORDER BY x.id
                """)
        while let row = try rows.next() {
            let (fact, value) = fact(number: row["number"], CompetitorChange(row))
            try emit(fact, value)
        }
    }
}
