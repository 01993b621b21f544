import CSV

/// The records of a file in order, each with its place: `RecordScanner` finds and checks
/// the records of a chunk, then their bytes are read back by offset and split into fields.
/// A record without a quote is split at its commas right here (nearly every mark row: CSV.swift
/// cost a sixth of an import); one with a quote goes to CSV.swift. Memory stays flat: one
/// chunk plus the records found in it.
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
    /// The bytes of `spans`, which start at file offset `textStart`.
    private var text: [UInt8] = []
    private var textStart = 0

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
        // The scanner and the split read the same checked bytes, so they agree unless the file
        // changed meanwhile.
        let end = span.end - textStart
        guard end <= text.count, let fields = Self.fields(text[(span.start - textStart)..<end], count: span.fieldCount),
            fields.count == span.fieldCount
        else {
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
            text = try file.bytes(first.start..<last.end)
            textStart = first.start
        }
    }

    /// The fields of one record's bytes (line break included); nil if they no longer parse.
    private static func fields(_ record: ArraySlice<UInt8>, count: Int) -> [String]? {
        guard !record.contains(0x22) else {
            // Quoted fields: RFC 4180 unquoting is CSV.swift's job.
            let parser = try? CSVReader(string: String(decoding: record, as: UTF8.self))
            return parser?.next()
        }
        return record.withUnsafeBufferPointer { bytes in
            var end = bytes.count
            if end > 0, bytes[end - 1] == 0x0A { end -= 1 }
            if end > 0, bytes[end - 1] == 0x0D { end -= 1 }
            var fields: [String] = []
            fields.reserveCapacity(count)
            var start = 0
            for index in 0...end where index == end || bytes[index] == 0x2C {
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            return fields
        }
    }
}
