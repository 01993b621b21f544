import GRDB
import GRDBSQLite

/// A prepared statement stepped through SQLite's C API, each row's columns handed as bytes
/// valid until the next step: no GRDB `Row` and no `String` per row, for the millions of rows
/// `judge audit verify` reads and writes.
struct SQLiteRows {
    let statement: Statement

    /// Steps to the end, calling `body` with each row.
    func forEach(_ body: (Columns) throws -> Void) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            guard code == SQLITE_ROW else {
                guard code == SQLITE_DONE else { throw Self.error(code, statement) }
                return
            }
            try body(Columns(handle: handle))
        }
    }

    /// Steps a statement that returns no row once, with the values bound to it.
    static func execute(_ statement: Statement) throws {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else { throw error(code, statement) }
    }

    private static func error(_ code: Int32, _ statement: Statement) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code),
            message: String(cString: sqlite3_errmsg(sqlite3_db_handle(statement.sqliteStatement))), sql: statement.sql)
    }

    /// The current row.
    struct Columns {
        let handle: OpaquePointer

        func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

        /// The column's text as stored, empty for NULL.
        func text(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(
                start: sqlite3_column_text(handle, column), count: Int(sqlite3_column_bytes(handle, column)))
        }

        func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

        /// Only to show a REAL someone stored from outside `judge`: no column of ours holds one
        /// (marks are integer hundredths), so this never carries a mark into arithmetic.
        func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }

        /// SQLITE_NULL, SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT or SQLITE_BLOB.
        func type(_ column: Int32) -> Int32 { sqlite3_column_type(handle, column) }

        func blob(_ column: Int32) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(
                start: sqlite3_column_blob(handle, column), count: Int(sqlite3_column_bytes(handle, column)))
        }
    }
}
