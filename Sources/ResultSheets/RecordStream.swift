import CSV

/// The records of a file in order, each with its place: `RecordScanner` finds and checks
/// the records of a chunk, then CSV.swift parses exactly those bytes (read back by offset)
/// into fields. Memory stays flat: one chunk plus the records found in it.
final class RecordStream {
    /// Bytes scanned per read.
    static let chunkSize = 1 << 18

    private let file: ByteFile
    private var scanner = RecordScanner()
    private let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
    private var scanned = 0
    private var atEnd = false
    private var fault: ScanFault?
    private var spans: [RecordSpan] = []
    private var nextSpan = 0
    private var parser: CSVReader?

    init(file: ByteFile) {
        self.file = file
    }

    deinit {
        chunk.deallocate()
    }

    /// The next record, blank lines included, or nil at end of file. A fault is thrown once
    /// every record before it has been returned.
    func next() throws(CSVInputError) -> (span: RecordSpan, fields: [String])? {
        while nextSpan == spans.count {
            if let fault { throw fault.error(in: file) }
            if atEnd { return nil }
            try refill()
        }
        let span = spans[nextSpan]
        nextSpan += 1
        // Both read the same checked bytes, so they agree unless the file changed meanwhile.
        guard let fields = parser?.next(), fields.count == span.fieldCount else {
            throw CSVInputError(
                file: file.path, line: span.line, column: 0, value: "",
                problem: "the file changed while it was being read")
        }
        return (span, fields)
    }

    /// Scans chunks until some records end or the scan stops, then hands their bytes to CSV.swift.
    private func refill() throws(CSVInputError) {
        spans.removeAll(keepingCapacity: true)
        nextSpan = 0
        parser = nil
        while spans.isEmpty && fault == nil && !atEnd {
            let count = try file.read(into: chunk)
            var bytes = UnsafeRawBufferPointer(chunk).prefix(count)
            if scanned == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                // A UTF-8 byte order mark, accepted at the very start only.
                bytes = bytes.dropFirst(3)
                scanner = RecordScanner(startingAt: 3)
            }
            if count == 0 {
                fault = scanner.finish(at: scanned, into: &spans)
                atEnd = true
            } else {
                fault = scanner.consume(
                    UnsafeRawBufferPointer(rebasing: bytes), at: scanned + bytes.startIndex, into: &spans)
                scanned += count
            }
        }
        if let first = spans.first, let last = spans.last {
            let text = try file.string(first.start..<last.end)
            parser = try? CSVReader(string: text)  // throws only when asked for a header row
        }
    }
}
