import GRDB
import GRDBSQLite

/// The stored rows' facts as bytes, stepped through SQLite's C API: one fact per row of the
/// append-only tables, two or more per typed mark. Every lock verifies all of them, and every
/// typed mark's audit record states its own, inside the transaction all judges' marks wait for
/// in turn. Through a GRDB `Row` and a `String` per column they were 40% of a verification and a
/// third of that transaction's CPU.
extension AuditRowFacts {
    static func currentFactLines(_ db: Database, _ emit: (AuditChanges.Line) throws -> Void) throws {
        for table in tables {
            _ = try lines(of: table, db.makeStatement(sql: "SELECT * FROM \(table) ORDER BY id"), emit)
        }
    }

    /// Adds the rows written since the last record to `changes` and moves the cover past them.
    static func collect(into changes: inout AuditChanges, _ db: Database) throws {
        // Before migration v6 (a database being brought up to date) there is nothing to cover.
        guard try db.tableExists("audit_cover") else { return }
        let behind = try Row.fetchAll(db.cachedStatement(sql: behindSQL))
        for (table, last) in behind.map({ ($0[0] as String, $0[1] as Int64) }) {
            let rows = try db.cachedStatement(sql: "SELECT * FROM \(table) WHERE id > ? ORDER BY id")
            try rows.setArguments([last])
            let highest = try lines(of: table, rows) { key, value in
                changes.set(key: key, escapedValue: value ?? UnsafeBufferPointer(start: nil, count: 0))
            }
            if let highest {
                try db.cachedStatement(sql: "UPDATE audit_cover SET last_id = ? WHERE table_name = ?").execute(
                    arguments: [highest, table])
            }
        }
    }

    /// The covered tables with rows beyond their cover, in one statement: a typed mark adds rows
    /// to two of the eight, and a query per table was most of `collect`.
    private static let behindSQL =
        "SELECT table_name, last_id FROM audit_cover WHERE last_id < CASE table_name "
        + tables.map { "WHEN '\($0)' THEN (SELECT max(id) FROM \($0))" }.joined(separator: " ") + " END"

    /// Each row of `statement` (every column of `table`) as its fact: the key
    /// `fact(table, id)` and the value `value(_:)`, escaped. Returns the last row's id.
    private static func lines(of table: String, _ statement: Statement, _ emit: (AuditChanges.Line) throws -> Void)
        throws -> Int64?
    {
        let columns = statement.columnNames.enumerated().map { (Int32($0.offset), Array($0.element.utf8)) }
        guard let id = columns.first(where: { $0.1 == Array("id".utf8) })?.0 else { return nil }
        let stated = columns.filter { $0.1 != Array("id".utf8) && $0.1 != Array("settled".utf8) }
        var prefix: [UInt8] = []
        AuditText.appendEscaped((Self.prefix + table).utf8, to: &prefix)
        prefix.append(UInt8(ascii: "\t"))
        var (key, raw, value) = ([UInt8](), [UInt8](), [UInt8]())
        var last: Int64?
        try SQLiteRows(statement: statement).forEach { row in
            let rowID = row.int64(id)
            key.removeAll(keepingCapacity: true)
            key.append(contentsOf: prefix)
            appendInteger(rowID, to: &key)
            raw.removeAll(keepingCapacity: true)
            for (index, (column, name)) in stated.enumerated() {
                if index > 0 { raw.append(UInt8(ascii: "\t")) }
                raw.append(contentsOf: name)
                raw.append(UInt8(ascii: "="))
                appendText(of: column, row, to: &raw)
            }
            value.removeAll(keepingCapacity: true)
            AuditText.appendEscaped(raw, to: &value)
            try key.withUnsafeBufferPointer { key in try value.withUnsafeBufferPointer { try emit((key, $0)) } }
            last = rowID
        }
        return last
    }

    /// A column's value as `text(_:)` writes the `DatabaseValue` GRDB reads from it.
    private static func appendText(of column: Int32, _ row: SQLiteRows.Columns, to bytes: inout [UInt8]) {
        switch row.type(column) {
        case SQLITE_NULL: bytes.append(contentsOf: "null".utf8)
        case SQLITE_INTEGER: appendInteger(row.int64(column), to: &bytes)
        case SQLITE_FLOAT: bytes.append(contentsOf: String(row.double(column)).utf8)
        case SQLITE_BLOB: bytes.append(contentsOf: row.blob(column).hexDigits.utf8)
        default:
            let text = row.text(column)
            if text.allSatisfy({ $0 != 0 && $0 < 0x80 }) {
                bytes.append(contentsOf: text)
            } else {
                // As GRDB reads text (`String(cString:)`): up to a NUL, invalid UTF-8 repaired.
                let end = text.firstIndex(of: 0) ?? text.endIndex
                bytes.append(
                    contentsOf: String(decoding: UnsafeBufferPointer(rebasing: text[..<end]), as: UTF8.self).utf8)
            }
        }
    }

    private static func appendInteger(_ number: Int64, to bytes: inout [UInt8]) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        AuditText.appendDigits(number.magnitude, to: &bytes)
    }
}
