import Foundation
import GRDB
import ScoringCore

/// Facts: `clerk/<id>` → name; `clerk-credential/<id>` → the stored PIN hash;
/// `option/<name>` → a setting of the competition file (notice_days_min).
enum ClerkFacts: AuditFactSource {
    static func clerk(_ id: String) -> AuditFact { AuditFact("clerk", id) }
    static func credential(_ id: String) -> AuditFact { AuditFact("clerk-credential", id) }
    static func option(_ name: String) -> AuditFact { AuditFact("option", name) }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM clerk ORDER BY position") {
            try emit(clerk(row["id"]), row["name"])
        }
        for row in try Row.fetchAll(db, sql: "SELECT clerk_id, hash FROM clerk_credential ORDER BY clerk_id") {
            try emit(credential(row["clerk_id"]), row["hash"])
        }
        for row in try Row.fetchAll(db, sql: "SELECT name, value FROM competition_option ORDER BY name") {
            try emit(option(row["name"]), row["value"])
        }
    }
}
