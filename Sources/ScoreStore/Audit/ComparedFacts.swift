import GRDB
import GRDBSQLite

/// Both sides of `judge audit verify` in one scratch table: every fact the log states, in the
/// order the records state them, and every fact the database holds now. One sort by key brings
/// each fact's lines together, so one pass over them finds what differs.
///
/// The table lives in a temporary file that SQLite deletes on close, and SQLite's sorter spills
/// to temporary files too, so memory stays bounded however many facts a competition holds: the
/// dictionary this replaced held 2.2 million of them in 410 MB (BENCHMARKS.md, "Audit verify").
/// Appending rows and sorting them once costs a fraction of keeping a keyed table up to date
/// fact by fact; each row is bound and stepped through SQLite's C API.
struct ComparedFacts {
    enum Side: Int64 {
        /// A fact a record states, `seq` being the record's.
        case logged = 0
        /// A fact of the database as it is.
        case current = 1
    }

    private let insert: Statement
    private let sorted: Statement

    /// Runs `body` with an empty scratch table, which is gone when it returns.
    static func using<T>(_ body: (ComparedFacts) throws -> T) throws -> T {
        // An empty path: a private temporary database on disk.
        let scratch = try DatabaseQueue(path: "")
        defer { try? scratch.close() }
        return try scratch.inDatabase { db in
            // 16 MB of pages in memory at most, and as much for each run the sorter sorts.
            try db.execute(
                sql: """
                    PRAGMA cache_size = -16384;
                    PRAGMA journal_mode = OFF;
                    PRAGMA synchronous = OFF;
                    CREATE TABLE fact (key TEXT NOT NULL, side INTEGER NOT NULL, value TEXT, seq INTEGER NOT NULL);
                    BEGIN;
                    """)
            defer { try? db.execute(sql: "ROLLBACK") }
            return try body(
                ComparedFacts(
                    insert: db.makeStatement(sql: "INSERT INTO fact (key, side, value, seq) VALUES (?, ?, ?, ?)"),
                    sorted: db.makeStatement(
                        sql: "SELECT key, side, value, seq, rowid FROM fact ORDER BY key, side, rowid")))
        }
    }

    /// Adds one fact; a logged value of nil is a removal.
    func add(_ side: Side, _ line: AuditChanges.Line, seq: Int64) throws {
        let handle = insert.sqliteStatement
        Self.bind(line.key, at: 1, handle)
        sqlite3_bind_int64(handle, 2, side.rawValue)
        if let value = line.value {
            Self.bind(value, at: 3, handle)
        } else {
            sqlite3_bind_null(handle, 3)
        }
        sqlite3_bind_int64(handle, 4, seq)
        try SQLiteRows.execute(insert)
    }

    /// Every fact by key (byte order), then side, then the order it was added: columns key,
    /// side, value (NULL for a removal), seq and the order added.
    func inKeyOrder(_ body: (SQLiteRows.Columns) throws -> Void) throws {
        try SQLiteRows(statement: sorted).forEach(body)
    }

    /// Binds without a copy: the bytes outlive the step that reads them.
    private static func bind(_ text: UnsafeBufferPointer<UInt8>, at index: Int32, _ handle: OpaquePointer) {
        guard let start = text.baseAddress, !text.isEmpty else {
            // Empty text, not NULL, which a null pointer would bind.
            sqlite3_bind_text(handle, index, "", 0, transient)
            return
        }
        sqlite3_bind_text(
            handle, index, UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self), Int32(text.count), nil)
    }

    /// SQLite copies the text it is given.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
