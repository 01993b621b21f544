import GRDB

/// The rows of the append-only tables (batches and who entered them, mark and time history,
/// double entries, the chief's resolutions, PIN failures and lockouts), one fact per row:
/// `row:<table>/<id>` → its columns. Every audit record takes in the rows added since the
/// last one, so a row deleted or edited in the file is found by `judge audit verify`. Such a
/// row never changes, so a record that states one again with another value is a forgery.
enum AuditRowFacts: AuditFactSource {
    static let tables = [
        "entry_batch", "mark_history", "time_history", "double_entry", "double_entry_resolution", "pin_failure",
        "pin_lockout", "clerk_pin_failure",
    ]
    static let prefix = "row:"

    static func fact(_ table: String, _ id: Int64) -> AuditFact { AuditFact(prefix + table, String(id)) }

    /// Whether a fact key is one of these (never changes once logged).
    static func isRowFact(_ key: String) -> Bool { key.hasPrefix(prefix) }

    static func isRowFact(_ key: UnsafeBufferPointer<UInt8>) -> Bool { key.starts(with: prefix.utf8) }

    /// Whether a fact holds a clerk's blind entry, whose value no listing shows.
    static func isBlind(_ fact: AuditFact) -> Bool {
        fact.key.hasPrefix(prefix + "double_entry\t") || fact.key.hasPrefix("double-entry\t")
    }

    static func value(_ row: Row) -> String {
        row.compactMap { column, value -> String? in
            // `settled` changes once; the open entries' own facts cover it (IntegrityFacts).
            guard column != "id", column != "settled" else { return nil }
            return "\(column)=\(text(value))"
        }.joined(separator: "\t")
    }

    private static func text(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: "null"
        case .int64(let number): String(number)
        case .double(let number): String(number)
        case .string(let text): text
        case .blob(let data): data.hexDigits
        }
    }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        for table in tables {
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(table) ORDER BY id")
            while let row = try rows.next() {
                try emit(fact(table, row["id"]), value(row))
            }
        }
    }
}
