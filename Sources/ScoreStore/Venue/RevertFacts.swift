import GRDB

/// Each revert, so a revert record deleted or edited in the file is found by `audit verify`.
enum RevertFacts: AuditFactSource {
    static func fact(batch: Int64, revert: Int64, reason: String, by: String, at: String) -> (AuditFact, String) {
        (
            AuditFact("revert", String(batch)),
            [String(revert), reason, by, at].map(AuditText.escaped).joined(separator: "\t")
        )
    }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM batch_revert ORDER BY batch_id")
        while let row = try rows.next() {
            let (fact, value) = fact(
                batch: row["batch_id"], revert: row["revert_batch_id"], reason: row["reason"], by: row["reverted_by"],
                at: row["reverted_at"])
            try emit(fact, value)
        }
    }
}
