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

    /// Reads bytes this project wrote (UTF-8, optional BOM, RFC 4180) with the reader of
    /// imports. nil when they are not such a sheet: not UTF-8, broken quoting, no header.
    public init?(csv data: Data) {
        guard let records = RecordStream.records(of: Array(data)), let header = records.first else { return nil }
        self.init(header: header, rows: Array(records.dropFirst()))
    }
}
