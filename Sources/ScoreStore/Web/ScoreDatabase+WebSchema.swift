import GRDB

extension ScoreDatabase {
    /// The service's own named migrations, applied only when `judge serve` opens the database
    /// (after `migrator`): a database the service never opened keeps the CLI's schema exactly, and
    /// the CLI's migrator passes over these identifiers as it does over any it does not know.
    static var webMigrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("web-sessions-and-requests") { db in try db.execute(sql: schemaWeb) }
        return migrator
    }

    /// `judge serve`: signed-in tablets and the marks they sent. Kept in the database so a restart
    /// of the laptop signs no judge out and a resend after it is still answered, not stored twice.
    static let schemaWeb = """
        CREATE TABLE web_session (
            token_hash TEXT PRIMARY KEY,   -- SHA-256 of the cookie: a copy of the file signs no one in
            judge_id TEXT NOT NULL,
            csrf TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX web_session_judge ON web_session (judge_id);
        CREATE TABLE web_request (
            judge_id TEXT NOT NULL,
            request_id TEXT NOT NULL,
            sent TEXT NOT NULL,            -- what was asked: number, round, criterion, score
            number TEXT NOT NULL,          -- what was answered
            round_id TEXT NOT NULL,
            criterion_id TEXT,
            hundredths INTEGER NOT NULL,
            previous INTEGER,
            at INTEGER NOT NULL,
            PRIMARY KEY (judge_id, request_id)
        ) STRICT;
        """
}
