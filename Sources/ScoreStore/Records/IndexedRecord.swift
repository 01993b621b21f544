import GRDB

/// A record of a table that grows with the competition (competitors, marks, times), decoded
/// through the positions of its columns, looked up once per statement.
///
/// GRDB's `row[Column("name")]` lowercases and hashes the name for every column of every
/// row: 18% of the instructions of `competitors show` over one trade's 525 000 marks, more
/// than SQLite's stepping through them (BENCHMARKS.md, "Records"). Read many rows with
/// `fetchIndexedCursor` or `fetchIndexedAll`; `init(row:)`, for a single row, finds the
/// positions in that row.
protocol IndexedRecord: FetchableRecord {
    /// Where each of the record's columns is in one statement's rows.
    associatedtype Indexes
    static func indexes(_ column: ColumnIndex) throws -> Indexes
    init(row: Row, at indexes: Indexes)
}

extension IndexedRecord {
    init(row: Row) throws {
        self.init(row: row, at: try Self.indexes(ColumnIndex(row.columnNames)))
    }
}

extension FetchRequest where RowDecoder: IndexedRecord {
    /// The request's records, each decoded through the positions found in the first row.
    func fetchIndexedCursor(_ db: Database) throws -> IndexedCursor<RowDecoder> {
        IndexedCursor(try Row.fetchCursor(db, self))
    }

    func fetchIndexedAll(_ db: Database) throws -> [RowDecoder] {
        try Array(fetchIndexedCursor(db))
    }
}
