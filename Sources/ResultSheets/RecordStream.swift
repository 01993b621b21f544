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
    /// The fields of the record returned last.
    private var fields: [String] = []

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
        guard end <= text.count, let fields = split(text[(span.start - textStart)..<end], count: span.fieldCount)
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

    /// The fields of one record's bytes (line break included), `count` of them, kept in
    /// `fields`; nil if they no longer parse that way.
    private func split(_ record: ArraySlice<UInt8>, count: Int) -> [String]? {
        // One access to `fields` per record: each costs a run-time exclusivity check.
        let unquoted = record.withUnsafeBufferPointer { Self.split(unquoted: $0, count: count, into: &fields) }
        if let unquoted { return unquoted }
        // Quoted fields: RFC 4180 unquoting is CSV.swift's job.
        let parser = try? CSVReader(string: String(decoding: record, as: UTF8.self))
        guard let parsed = parser?.next(), parsed.count == count else { return nil }
        fields = parsed
        return parsed
    }

    /// Splits a record at its commas into `fields`, which hold the record before; nil if
    /// it has a quote or not `count` fields. The caller has normally let go of that record's
    /// fields by now, so they are overwritten in place: no new array per record, and a field
    /// whose bytes equal the same column's value before keeps that value instead of decoding
    /// it again (a mark file repeats round, judge and criterion on every row).
    private static func split(
        unquoted bytes: UnsafeBufferPointer<UInt8>, count: Int, into fields: inout [String]
    ) -> [String]? {
        var end = bytes.count
        if end > 0, bytes[end - 1] == 0x0A { end -= 1 }
        if end > 0, bytes[end - 1] == 0x0D { end -= 1 }
        if fields.count > count { fields.removeLast(fields.count - count) }
        while fields.count < count { fields.append("") }
        let complete = fields.withUnsafeMutableBufferPointer { fields in
            var start = 0
            for column in 0..<count {
                guard start <= end else { return false }
                var index = start
                while index < end {
                    // Text bytes are mostly above the comma (digits, letters, '.', UTF-8).
                    let byte = bytes[index]
                    if byte <= 0x2C {
                        if byte == 0x2C { break }
                        if byte == 0x22 { return false }
                    }
                    index &+= 1
                }
                let field = UnsafeBufferPointer(rebasing: bytes[start..<index])
                if !same(fields[column], field) { fields[column] = String(decoding: field, as: UTF8.self) }
                start = index &+ 1
            }
            return start == end &+ 1
        }
        return complete ? fields : nil
    }

    /// Whether `value` is exactly these UTF-8 bytes; lengths first, as most differ there.
    @inline(__always)
    private static func same(_ value: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let utf8 = value.utf8
        guard utf8.count == bytes.count else { return false }
        return utf8.withContiguousStorageIfAvailable { stored in
            for index in 0..<bytes.count where stored[index] != bytes[index] { return false }
            return true
        } ?? false
    }
}
