import Crypto
import GRDB
import ScoringCore

/// The competition definition as one fact: the SHA-256 of its tables, so that a weight or a
/// prize quota changed by hand is found.
enum DefinitionFacts: AuditFactSource {
    static let fact = AuditFact("definition")
    private static let tables = [
        ("competition", "id"), ("trade", "position"), ("round", "position"), ("criterion", "round_id, position"),
        ("judge", "position"), ("tie_break", "position"), ("prize_tier", "position"),
        ("document_settings", "rowid"),
    ]
    private static let optional: Set<String> = ["document_settings"]

    static func digest(_ db: Database) throws -> String {
        var hasher = SHA256()
        for (table, order) in tables {
            // A table added later counts only once it holds rows, so older digests still agree.
            if Self.optional.contains(table),
                try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table))") != true
            {
                continue
            }
            hasher.update(data: Array("table \(table)\n".utf8))
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(table) ORDER BY \(order)")
            while let row = try rows.next() {
                for (column, value) in row {
                    hasher.update(data: Array("\(column)=\(tagged(value))\n".utf8))
                }
                hasher.update(data: Array("\n".utf8))
            }
        }
        return hasher.finalize().hexDigits
    }

    private static func tagged(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: "null"
        case .int64(let number): "int \(number)"
        case .double(let number): "real \(number)"
        case .string(let text): "text \(text.utf8.count):\(text)"
        case .blob(let data): "blob \(data.hexDigits)"
        }
    }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM competition)") == true else { return }
        try emit(fact, try digest(db))
    }
}
