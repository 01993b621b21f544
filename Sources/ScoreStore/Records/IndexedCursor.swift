import GRDB

/// Records read row by row, their columns' positions found in the first row and kept.
final class IndexedCursor<Record: IndexedRecord>: Cursor {
    private let rows: RowCursor
    private var indexes: Record.Indexes?

    init(_ rows: RowCursor) {
        self.rows = rows
    }

    func next() throws -> Record? {
        guard let row = try rows.next() else { return nil }
        let indexes = try indexes ?? Record.indexes(ColumnIndex(row.columnNames))
        self.indexes = indexes
        return Record(row: row, at: indexes)
    }
}
