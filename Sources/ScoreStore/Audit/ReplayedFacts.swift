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
    private let insertNew: Statement
    private let append: Statement

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
                    -- The database's own facts, appended without a key and sorted once at the end:
                    -- a seek and a delete in `fact` per fact cost twice the CPU (BENCHMARKS.md).
                    CREATE TABLE present (key TEXT NOT NULL, value TEXT NOT NULL);
                    BEGIN;
                    """)
            defer { try? db.execute(sql: "ROLLBACK") }
            return try body(
                ReplayedFacts(
                    db: db,
                    select: db.makeStatement(sql: "SELECT value, seq FROM fact WHERE key = ?"),
                    upsert: db.makeStatement(sql: "INSERT OR REPLACE INTO fact (key, value, seq) VALUES (?, ?, ?)"),
                    delete: db.makeStatement(sql: "DELETE FROM fact WHERE key = ?"),
                    insertNew: db.makeStatement(
                        sql: "INSERT INTO fact (key, value, seq) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING"),
                    append: db.makeStatement(sql: "INSERT INTO present (key, value) VALUES (?, ?)")))
        }
    }

    /// Gives a fact its value as of record `seq`; returns what it held before, if anything. Most
    /// facts are new: one insert, and a lookup only when the key is already there.
    func set(_ key: String, to value: String, by seq: Int64) throws -> (value: String, seq: Int64)? {
        let fresh = insertNew.sqliteStatement
        sqlite3_bind_text(fresh, 2, value, -1, Self.transient)
        sqlite3_bind_int64(fresh, 3, seq)
        _ = try run(insertNew, key)
        guard sqlite3_changes(db.sqliteConnection) == 0 else { return nil }
        let earlier = try run(select, key)
        let handle = upsert.sqliteStatement
        sqlite3_bind_text(handle, 2, value, -1, Self.transient)
        sqlite3_bind_int64(handle, 3, seq)
        _ = try run(upsert, key)
        return earlier
    }

    func remove(_ key: String) throws {
        _ = try run(delete, key)
    }

    /// Notes a fact the database holds now, to be compared by `compare`.
    func present(_ key: String, _ value: String) throws {
        sqlite3_bind_text(append.sqliteStatement, 2, value, -1, Self.transient)
        _ = try run(append, key)
    }

    /// Both sides in key order, merged: every key the log or the database has, once, with the
    /// log's last value (and its record) and the database's value with its place among the
    /// database's facts. Keys compare as SQLite's BINARY collation does, byte by byte.
    func compare(
        _ body: (_ key: String, _ logged: (value: String, seq: Int64)?, _ present: (value: String, order: Int64)?)
            throws -> Void
    ) throws {
        let logged = try Row.fetchCursor(db, sql: "SELECT key, value, seq FROM fact ORDER BY key")
        let present = try Row.fetchCursor(db, sql: "SELECT key, value, rowid FROM present ORDER BY key")
        var log: (key: String, value: String, seq: Int64)? = try logged.next().map { ($0[0], $0[1], $0[2]) }
        var now: (key: String, value: String, order: Int64)? = try present.next().map { ($0[0], $0[1], $0[2]) }
        while log != nil || now != nil {
            if let entry = log, now == nil || entry.key.utf8.lexicographicallyPrecedes(now!.key.utf8) {
                try body(entry.key, (entry.value, entry.seq), nil)
                log = try logged.next().map { ($0[0], $0[1], $0[2]) }
            } else if let entry = log, let current = now, entry.key.utf8.elementsEqual(current.key.utf8) {
                try body(entry.key, (entry.value, entry.seq), (current.value, current.order))
                log = try logged.next().map { ($0[0], $0[1], $0[2]) }
                now = try present.next().map { ($0[0], $0[1], $0[2]) }
            } else if let current = now {
                try body(current.key, nil, (current.value, current.order))
                now = try present.next().map { ($0[0], $0[1], $0[2]) }
            }
        }
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
