/// A column of a `CSVTableReader`'s file, looked up once from the header so that reading a
/// field of each record is an array index, not a search by name.
public struct CSVColumn: Equatable, Sendable {
    /// Index into `CSVRecord.fields`; nil for an optional column the file does not have.
    public let index: Int?
}

extension CSVRecord {
    /// The field in `column`; "" if the file has no such column. Inlinable: an import reads
    /// it for every field.
    @inlinable public subscript(column: CSVColumn) -> String {
        guard let index = column.index else { return "" }
        return fields[index]
    }
}
