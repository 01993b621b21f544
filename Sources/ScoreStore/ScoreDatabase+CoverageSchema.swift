import GRDB

/// "v6-coverage" (issue 14): clerks as people with PINs, who authenticated each batch, and how
/// far the audit log covers the append-only tables (`AuditRowFacts`).
let schemaV6Coverage = """
    -- '' for a self-declared clerk or an unauthenticated entry; 'judge' for a mark typed with the
    -- judge's PIN; 'clerk' for a batch by a clerk who gave a PIN.
    ALTER TABLE entry_batch ADD COLUMN authenticated TEXT NOT NULL DEFAULT ''
        CHECK (authenticated IN ('', 'judge', 'clerk'));
    CREATE TABLE clerk (
        id TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL UNIQUE,
        name TEXT NOT NULL
    );
    CREATE TABLE clerk_credential (
        clerk_id TEXT PRIMARY KEY NOT NULL REFERENCES clerk(id),
        hash TEXT NOT NULL,
        issued_by TEXT NOT NULL,
        issued_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE TABLE clerk_pin_failure (
        id INTEGER PRIMARY KEY,
        clerk_id TEXT NOT NULL REFERENCES clerk(id),
        at INTEGER NOT NULL,
        reason TEXT NOT NULL
    );
    -- Settings of the competition file beyond v1's tables (notice_days_min).
    CREATE TABLE competition_option (
        name TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    );
    -- The highest row id of each append-only table already written into the audit log.
    CREATE TABLE audit_cover (
        table_name TEXT PRIMARY KEY NOT NULL,
        last_id INTEGER NOT NULL
    );
    """

extension ScoreDatabase {
    /// Starts covering the append-only tables; a database that already holds rows of them gets
    /// one record that states them as they are now (they were not covered before).
    static func migrateCoverage(_ db: Database) throws {
        try db.execute(sql: schemaV6Coverage)
        for table in AuditRowFacts.tables {
            try db.execute(sql: "INSERT INTO audit_cover (table_name, last_id) VALUES (?, 0)", arguments: [table])
        }
        var changes = AuditChanges()
        try AuditRowFacts.collect(into: &changes, db)
        guard !changes.isEmpty else { return }
        try appendAudit(
            kind: "audit.cover", actor: "judge",
            summary:
                "the audit log now covers batches, mark and time history, double entries, PIN failures and lockouts",
            changes: changes, db)
    }
}
