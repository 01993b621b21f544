import GRDB

/// The nine migrations that came before "schema". Nothing was released, so they were squashed
/// into one; a database the whole chain made (the main branch up to December 2026) is taken as
/// it is, once its schema is checked to be the one "schema" creates. A database that stopped
/// part way along the chain cannot be brought up to date: it is made again with `judge init`.
enum SquashedChain {
    static let identifiers: Set<String> = [
        "v1-competition-and-marks", "v2-audit", "v3-integrity", "v4-locks", "v5-publication",
        "v6-roster-changes-and-reverts", "v7-documents", "v8-coverage", "v9-history-outlives-reverts",
    ]

    /// Migration "schema": creates the schema in an empty database, or adopts one the whole
    /// chain made without changing a row.
    @Sendable static func createOrAdopt(_ db: Database, applied: Set<String>) throws {
        if applied.isEmpty {
            try db.execute(sql: Schema.sql)
            for table in AuditRowFacts.tables {
                try db.execute(sql: "INSERT INTO audit_cover (table_name, last_id) VALUES (?, 0)", arguments: [table])
            }
            return
        }
        try check(db, applied: applied)
    }

    /// Whether a database that records none of the registered migrations was made by the whole
    /// chain and matches the schema; throws for a part of the chain or a schema that differs.
    static func isAdoptable(_ db: Database) throws -> Bool {
        let applied = try DatabaseMigrator().appliedIdentifiers(db).intersection(identifiers)
        guard !applied.isEmpty else { return false }
        try check(db, applied: applied)
        return true
    }

    /// Why a database cannot be taken as it is; `ScoreDatabase` names the file.
    struct Mismatch: Error {
        let reason: String
    }

    private static func check(_ db: Database, applied: Set<String>) throws {
        guard applied == identifiers else {
            let missing = identifiers.subtracting(applied).sorted()
            throw Mismatch(reason: "it lacks the migrations \(missing.joined(separator: ", "))")
        }
        let expected = try DatabaseQueue().write { memory in
            try memory.execute(sql: Schema.sql)
            return try SchemaShape(memory)
        }
        let found = try SchemaShape(db)
        if let difference = found.firstDifference(from: expected) {
            throw Mismatch(reason: "its tables differ from the ones this judge makes: \(difference)")
        }
    }
}
