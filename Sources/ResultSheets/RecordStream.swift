import Messages

/// The records of a file in order, each with its place: `RecordScanner` finds and checks
/// the records of a chunk, then they are split into fields from the chunk itself; only a
/// record that began in an earlier chunk is read back by offset. The one CSV reader of
/// imports: the scanner has checked quoting and UTF-8, so splitting needs no checks of its
/// own. Memory stays flat: one chunk plus a record that runs over its start.
final class RecordStream {
    /// Bytes scanned per read.
    static let chunkSize = 1 << 18

    private let file: ByteFile
    private let chunkSize: Int
    private var scanner = RecordScanner()
    private let chunk: UnsafeMutableBufferPointer<UInt8>
    /// File offset of `chunk`'s first byte, and how many bytes the last read put in it.
    private var chunkStart = 0
    private var chunkCount = 0
    private var scanned = 0
    private var atEnd = false
    private var fault: ScanFault?
    private var spans: [RecordSpan] = []
    private var nextSpan = 0
    /// The bytes of the first of `spans` if it does not lie wholly in `chunk`, read back by
    /// offset; they start at file offset `textStart`.
    private var text: [UInt8] = []
    private var textStart = 0
    /// The fields of the record returned last.
    private var fields: [String] = []

    /// `chunkSize` is smaller only in tests, to put records across chunk ends.
    init(file: ByteFile, chunkSize: Int = RecordStream.chunkSize) {
        self.file = file
        self.chunkSize = chunkSize
        chunk = .allocate(capacity: chunkSize)
    }

    deinit {
        chunk.deallocate()
    }

    /// File bytes scanned so far.
    var bytesScanned: Int { scanned }

    /// The next record, blank lines included, or nil at end of file. A fault is thrown once
    /// every record before it has been returned; after it, the stream has ended.
    func next() throws(Refusal) -> (span: RecordSpan, fields: [String])? {
        while nextSpan == spans.count {
            // A fault, or a read error, is thrown once; the records after it cannot be found.
            if let fault {
                self.fault = nil
                atEnd = true
                throw fault.error(in: file)
            }
            if atEnd { return nil }
            do {
                try refill()
            } catch {
                atEnd = true
                throw error
            }
        }
        let span = spans[nextSpan]
        nextSpan += 1
        // The fields of the record before are overwritten, taken out of `self.fields` so that
        // the one reference is here. In this class only `scanner` and `text` (once a chunk)
        // are accessed across a call: a property that is gets a run-time exclusivity check
        // on every access, which for `fields` and `spans` would be twice a record.
        var fields = self.fields
        self.fields = []
        let complete: Bool
        if span.start >= chunkStart && span.end <= chunkStart + chunkCount {
            // The very bytes the scanner checked.
            let bytes = chunk[(span.start - chunkStart)..<(span.end - chunkStart)]
            complete = Self.split(UnsafeBufferPointer(rebasing: bytes), count: span.fieldCount, into: &fields)
        } else {
            // Read back: they agree with the scan unless the file changed meanwhile.
            let (start, end) = (span.start - textStart, span.end - textStart)
            complete =
                start >= 0 && end <= text.count
                && text.withUnsafeBufferPointer {
                    Self.split(UnsafeBufferPointer(rebasing: $0[start..<end]), count: span.fieldCount, into: &fields)
                }
        }
        self.fields = fields
        guard complete else {
            throw Refusal(.fileChanged, file: file.path, line: span.line, column: 0, value: "")
        }
        return (span, fields)
    }

    /// Scans chunks until some records end or the scan stops.
    private func refill() throws(Refusal) {
        var spans = self.spans
        self.spans = []
        spans.removeAll(keepingCapacity: true)
        nextSpan = 0
        while spans.isEmpty && fault == nil && !atEnd {
            let count = try file.read(into: UnsafeMutableRawBufferPointer(chunk))
            (chunkStart, chunkCount) = (scanned, count)
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
        self.spans = spans
        // Every record but the first starts where the one before ended, in this chunk. The
        // first may have begun in an earlier chunk, or be a last line without a line break,
        // found once the file has ended: that one is read back.
        if let first = spans.first, first.start < chunkStart || first.end > chunkStart + chunkCount {
            text = try file.bytes(first.start..<first.end)
            textStart = first.start
        } else {
            text = []
        }
    }

    /// Every record of CSV text held in memory (a sheet read back), blank lines left out, read
    /// as a file is; nil when its quoting or UTF-8 is broken.
    static func records(of bytes: [UInt8]) -> [[String]]? {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var scanner = RecordScanner(startingAt: start)
        var spans: [RecordSpan] = []
        return bytes.withUnsafeBufferPointer { all -> [[String]]? in
            let fault =
                scanner.consume(
                    UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: all[start...])), at: start, into: &spans)
                ?? scanner.finish(at: all.count, into: &spans)
            guard fault == nil else { return nil }
            var records: [[String]] = []
            for span in spans where !span.isBlank {
                var fields: [String] = []
                let record = UnsafeBufferPointer(rebasing: all[span.start..<span.end])
                guard split(record, count: span.fieldCount, into: &fields) else { return nil }
                records.append(fields)
            }
            return records
        }
    }

    /// Splits one record's bytes (line break included) into `fields`, which hold the record
    /// before; false if they are not `count` fields.
    private static func split(_ record: UnsafeBufferPointer<UInt8>, count: Int, into fields: inout [String]) -> Bool {
        if let unquoted = split(unquoted: record, count: count, into: &fields) { return unquoted }
        return split(quoted: record, count: count, into: &fields)
    }

    /// Splits a record with a quote (RFC 4180: a field that starts with a quote runs to the
    /// next lone quote, `""` inside it is one quote; a quote further into a field is text).
    /// The scanner has refused text after a closing quote and an unclosed quote already.
    private static func split(quoted record: UnsafeBufferPointer<UInt8>, count: Int, into fields: inout [String])
        -> Bool
    {
        var end = record.count
        if end > 0, record[end - 1] == 0x0A { end -= 1 }
        if end > 0, record[end - 1] == 0x0D { end -= 1 }
        var parsed: [String] = []
        parsed.reserveCapacity(count)
        var index = 0
        var text: [UInt8] = []
        while true {
            if index < end, record[index] == 0x22 {
                text.removeAll(keepingCapacity: true)
                index += 1
                while index < end {
                    let byte = record[index]
                    index += 1
                    if byte == 0x22 {
                        guard index < end, record[index] == 0x22 else { break }
                        index += 1
                    }
                    text.append(byte)
                }
                parsed.append(String(decoding: text, as: UTF8.self))
            } else {
                let start = index
                while index < end, record[index] != 0x2C { index += 1 }
                parsed.append(decode(UnsafeBufferPointer(rebasing: record[start..<index])))
            }
            guard index < end else { break }
            guard record[index] == 0x2C else { return false }
            index += 1
        }
        guard parsed.count == count else { return false }
        fields = parsed
        return true
    }

    /// Splits a record at its commas into `fields`, which hold the record before; whether it
    /// has `count` fields, or nil if it has a quote. The caller has normally let go of that record's
    /// fields by now, so they are overwritten in place: no new array per record, and a field
    /// whose bytes equal the same column's value before keeps that value instead of decoding
    /// it again (a mark file repeats round, judge and criterion on every row).
    private static func split(
        unquoted bytes: UnsafeBufferPointer<UInt8>, count: Int, into fields: inout [String]
    ) -> Bool? {
        var end = bytes.count
        if end > 0, bytes[end - 1] == 0x0A { end -= 1 }
        if end > 0, bytes[end - 1] == 0x0D { end -= 1 }
        if fields.count > count { fields.removeLast(fields.count - count) }
        while fields.count < count { fields.append("") }
        return fields.withUnsafeMutableBufferPointer { fields -> Bool? in
            var start = 0
            for column in 0..<count {
                guard start <= end else { return false }
                var index = start
                while index < end {
                    // Text bytes are mostly above the comma (digits, letters, '.', UTF-8).
                    let byte = bytes[index]
                    if byte <= 0x2C {
                        if byte == 0x2C { break }
                        if byte == 0x22 { return nil }
                    }
                    index &+= 1
                }
                let field = UnsafeBufferPointer(rebasing: bytes[start..<index])
                if !same(fields[column], field) { fields[column] = decode(field) }
                start = index &+ 1
            }
            return start == end &+ 1
        }
    }

    /// The text of a field's bytes, which the scanner found to be UTF-8. Up to 15 bytes of
    /// ASCII (most fields) become a small string without a second validation; anything else
    /// is validated as by `String(decoding:as:)`.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            if let source = bytes.baseAddress, let target = buffer.baseAddress {
                target.initialize(from: source, count: bytes.count)
            }
            return bytes.count
        }
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
