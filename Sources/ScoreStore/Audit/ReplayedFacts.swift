import GRDB
import GRDBSQLite

/// The facts the audit log states, replayed in order, kept in a scratch database of their own
/// (a temporary file that SQLite deletes on close) rather than in memory: a national
/// competition's log states millions of facts, and `audit verify` must stay small
/// (BENCHMARKS.md, "Audit verify").
///
/// Each fact is one statement, stepped through SQLite's C API: GRDB's rows and arguments
/// cost more than the statements themselves here.
struct ReplayedFacts {
    private let db: Database
    private let select: Statement
    private let upsert: Statement
    private let delete: Statement
    private let take: Statement

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
            return try body(
                ReplayedFacts(
                    db: db,
                    select: db.makeStatement(sql: "SELECT value, seq FROM fact WHERE key = ?"),
                    upsert: db.makeStatement(sql: "INSERT OR REPLACE INTO fact (key, value, seq) VALUES (?, ?, ?)"),
                    delete: db.makeStatement(sql: "DELETE FROM fact WHERE key = ?"),
                    take: db.makeStatement(sql: "DELETE FROM fact WHERE key = ? RETURNING value, seq")))
        }
    }

    /// The value a fact was last given, and by which record.
    func value(of key: String) throws -> (value: String, seq: Int64)? {
        try run(select, key)
    }

    func set(_ key: String, to value: String, by seq: Int64) throws {
        let handle = upsert.sqliteStatement
        sqlite3_bind_text(handle, 2, value, -1, Self.transient)
        sqlite3_bind_int64(handle, 3, seq)
        _ = try run(upsert, key)
    }

    func remove(_ key: String) throws {
        _ = try run(delete, key)
    }

    /// Takes a fact out, so that what is left at the end is what the database lacks.
    func take(_ key: String) throws -> (value: String, seq: Int64)? {
        try run(take, key)
    }

    /// The facts not taken, in the order of the records that stated them.
    func remaining(_ body: (_ key: String, _ value: String, _ seq: Int64) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT key, value, seq FROM fact ORDER BY seq, key")
        while let row = try rows.next() { try body(row[0], row[1], row[2]) }
    }

    /// SQLite copies the text it is given.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Binds `key` as the first parameter and steps once: the row's value and seq, if any.
    private func run(_ statement: Statement, _ key: String) throws -> (value: String, seq: Int64)? {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        sqlite3_bind_text(handle, 1, key, -1, Self.transient)
        switch sqlite3_step(handle) {
        case SQLITE_ROW:
            let value = String(cString: sqlite3_column_text(handle, 0))
            let seq = sqlite3_column_int64(handle, 1)
            // A RETURNING statement finishes its change only when stepped to the end.
            while sqlite3_step(handle) == SQLITE_ROW {}
            return (value, seq)
        case SQLITE_DONE:
            return nil
        case let code:
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                sql: statement.sql)
        }
    }
}
