public import Messages

/// Streams a CSV file with a header row: UTF-8 (or GB18030, converted first), an optional byte order mark, RFC 4180
/// quoting, CRLF, LF or CR line ends. Checks the header and every record's field count;
/// every refusal is a `Refusal` naming the file, line and column.
public final class CSVTableReader {
    /// The path as given.
    public let path: String
    private let stream: RecordStream
    private let header: CSVHeader
    /// What the file was written in; a GB18030 file is read from its UTF-8 conversion.
    public let encoding: InputEncoding
    /// The size in bytes of the text read (the UTF-8 conversion of a GB18030 file).
    public let size: Int

    /// Opens `path` and checks its header: every name in `required` must be present, names in
    /// `optional` may be, in any order, each also by a name in `aliases` (alias → key); names
    /// are trimmed of surrounding spaces. Throws
    /// a `Refusal` for any other, repeated or missing name, an empty file, or a file that
    /// cannot be read (line 0, the system's reason).
    /// With `acceptingGB18030`, a file that is not UTF-8 is checked first, and read as GB18030
    /// when it is that (what Chinese Excel and WPS save as "CSV"); otherwise refused up front.
    public init(
        path: String, required: [String], optional: [String] = [], aliases: [String: String] = [:],
        acceptingGB18030: Bool = false
    ) throws(Refusal) {
        self.path = path
        let (file, encoding) = acceptingGB18030 ? try DecodedFile.open(path) : (try ByteFile(path: path), .utf8)
        self.encoding = encoding
        size = file.size
        stream = RecordStream(file: file)
        var first = try stream.next()
        while let record = first, record.span.isBlank {
            first = try stream.next()
        }
        guard let (span, fields) = first else {
            let expected = CSVHeader.expected(required: required, optional: optional, aliases: aliases)
            throw Refusal(.emptyFile, file: path, line: 1, column: 0, value: "", expected)
        }
        header = try CSVHeader(
            fields, line: span.line, file: path, required: required, optional: optional, aliases: aliases)
    }

    /// Index into `CSVRecord.fields` of a column; nil if that optional column is absent.
    public func index(of column: String) -> Int? {
        header.index(of: column)
    }

    /// A column by name, for reading it from every record (`record[column]`).
    public func column(_ name: String) -> CSVColumn {
        CSVColumn(index: header.index(of: name))
    }

    /// The next record, or nil at end of file. Empty lines are skipped (still counted as
    /// lines). Throws a `Refusal` for a wrong field count, broken quoting or invalid UTF-8.
    /// After a wrong field count the next record can be read; after broken quoting, invalid
    /// UTF-8 or a read error, nothing more can be found and the next call returns nil.
    public func next() throws(Refusal) -> CSVRecord? {
        while let (span, fields) = try stream.next() {
            if span.isBlank { continue }
            let expected = header.namedCount
            // Excel's empty columns after the table (see `CSVHeader.namedCount`) may come or not.
            guard fields.count == expected || (fields.count > expected && fields.count <= header.names.count) else {
                let tooMany = fields.count > expected
                throw Refusal(
                    .wrongFieldCount, file: path, line: span.line, column: tooMany ? expected + 1 : fields.count + 1,
                    value: tooMany ? fields[expected] : "",
                    [
                        "expected": String(expected), "s": expected == 1 ? "" : "s", "found": String(fields.count),
                        "names": header.names.prefix(expected).joined(separator: ","),
                    ])
            }
            if fields.count > expected, let extra = fields[expected...].firstIndex(where: { !$0.isEmpty }) {
                throw Refusal(
                    .valueInUnnamedColumn, file: path, line: span.line, column: extra + 1, value: fields[extra])
            }
            return CSVRecord(line: span.line, fields: fields)
        }
        return nil
    }

    /// How many bytes of `size` have been scanned, for progress: computed when asked, so that
    /// reading a record stores nothing more.
    public var bytesScanned: Int { stream.bytesScanned }
}
