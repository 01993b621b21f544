import CSV
public import Foundation

/// A CSV sheet read back as text cells: a published result sheet, to compare with the next.
public struct SheetTable: Equatable, Sendable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    public init(_ sheet: ResultSheet) {
        self.init(header: sheet.header, rows: sheet.rows)
    }

    /// Reads bytes this project wrote (UTF-8, optional BOM, RFC 4180). nil when they are not
    /// such a sheet, e.g. not UTF-8 or not CSV.
    public init?(csv data: Data) {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // CSV.swift keeps going past malformed quoting: callers only read back their own files.
        guard let text = String(data: bytes, encoding: .utf8),
            let reader = try? CSVReader(string: text, hasHeaderRow: true),
            let header = reader.headerRow
        else { return nil }
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        self.init(header: header, rows: rows)
    }
}
