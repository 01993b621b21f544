import GRDB
import GRDBSQLite

/// The stored rows' facts as bytes, stepped through SQLite's C API: one fact per row of the
/// append-only tables, two or more per typed mark, and every lock verifies all of them. Through
/// a GRDB `Row` and a `String` per column they were 40% of a verification's time.
extension AuditRowFacts {
    static func currentFactLines(_ db: Database, _ emit: (AuditChanges.Line) throws -> Void) throws {
        var key: [UInt8] = []
        var raw: [UInt8] = []
        var value: [UInt8] = []
        for table in tables {
            let statement = try db.makeStatement(sql: "SELECT * FROM \(table) ORDER BY id")
            let columns = (0..<Int32(statement.columnCount)).map { ($0, Array(statement.columnNames[Int($0)].utf8)) }
            guard let id = columns.first(where: { $0.1 == Array("id".utf8) })?.0 else { continue }
            // `value(_:)` leaves these out.
            let stated = columns.filter { $0.1 != Array("id".utf8) && $0.1 != Array("settled".utf8) }
            var prefix: [UInt8] = []
            AuditText.appendEscaped((Self.prefix + table).utf8, to: &prefix)
            prefix.append(UInt8(ascii: "\t"))
            try SQLiteRows(statement: statement).forEach { row in
                key.removeAll(keepingCapacity: true)
                key.append(contentsOf: prefix)
                appendInteger(row.int64(id), to: &key)
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
            }
        }
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
