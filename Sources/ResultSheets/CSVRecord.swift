/// One data row of a CSV file, fields in header order as the file has them.
public struct CSVRecord: Equatable, Sendable {
    /// The physical line the record starts on (the header is line 1).
    public let line: Int
    public let fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}
