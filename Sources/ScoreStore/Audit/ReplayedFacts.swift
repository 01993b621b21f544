import GRDB

/// The facts the audit log states, replayed in order, kept in a scratch database of their own
/// (a temporary file that SQLite deletes on close) rather than in memory: a national
/// competition's log states millions of facts, and `audit verify` must stay small
/// (BENCHMARKS.md, "Audit verify").
struct ReplayedFacts {
    private let db: Database

    /// Runs `body` with an empty scratch database, which is gone when it returns.
    static func using<T>(_ body: (ReplayedFacts) throws -> T) throws -> T {
        // An empty path: a private temporary database on disk.
        let scratch = try DatabaseQueue(path: "")
        defer { try? scratch.close() }
        return try scratch.inDatabase { db in
            // 32 MB of pages in memory at most; the rest waits in the file.
            try db.execute(
                sql: """
                    PRAGMA cache_size = -32768;
                    PRAGMA journal_mode = OFF;
                    PRAGMA synchronous = OFF;
                    CREATE TABLE fact (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL, seq INTEGER NOT NULL)
                        WITHOUT ROWID;
                    BEGIN;
                    """)
            defer { try? db.execute(sql: "ROLLBACK") }
            return try body(ReplayedFacts(db: db))
        }
    }

    /// The value a fact was last given, and by which record.
    func value(of key: String) throws -> (value: String, seq: Int64)? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT value, seq FROM fact WHERE key = ?"), arguments: [key])
            .map { ($0[0], $0[1]) }
    }

    func set(_ key: String, to value: String, by seq: Int64) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO fact (key, value, seq) VALUES (?, ?, ?)")
            .execute(arguments: [key, value, seq])
    }

    func remove(_ key: String) throws {
        try db.cachedStatement(sql: "DELETE FROM fact WHERE key = ?").execute(arguments: [key])
    }

    /// Takes a fact out, so that what is left at the end is what the database lacks.
    func take(_ key: String) throws -> (value: String, seq: Int64)? {
        try Row.fetchOne(
            db.cachedStatement(sql: "DELETE FROM fact WHERE key = ? RETURNING value, seq"), arguments: [key]
        ).map { ($0[0], $0[1]) }
    }

    /// The facts not taken, in the order of the records that stated them.
    func remaining(_ body: (_ key: String, _ value: String, _ seq: Int64) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT key, value, seq FROM fact ORDER BY seq, key")
        while let row = try rows.next() { try body(row[0], row[1], row[2]) }
    }
}
