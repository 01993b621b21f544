/// One pass over the raw bytes that finds where records start and end, with flat memory:
/// counts line breaks (CRLF, LF and a lone CR each count once), follows RFC 4180 quoting
/// and checks UTF-8, naming the line and column of broken quoting or encoding. What it
/// passes is split into fields by `RecordStream` without further checks.
///
/// Reads as Python's `csv` module does with `strict=True` (RecordStreamOracleTests): a
/// quote inside an unquoted field is text, text after a closing quote is refused.
struct RecordScanner {
    private enum State {
        /// At the start of a field, nothing of it read yet.
        case fieldStart
        case unquoted
        case quoted
        /// A quote inside a quoted field: closing, or the first of a doubled quote.
        case quoteInQuoted
        /// A CR ended the record; an LF right after it belongs to the same line break.
        case afterCR
    }

    private var state = State.fieldStart
    private var line = 1
    private var previousWasCR = false
    private var recordStart: Int
    private var recordLine = 1
    private var fieldIndex = 0
    private var blankAtCR = false
    private var fieldStart = 0
    private var fieldLine = 1
    // UTF-8: continuation bytes still expected, the range the next one must fall in,
    // and where the sequence began.
    private var needed = 0
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF
    private var sequenceStart = 0

    /// `offset` is where the first record starts (3 after a byte order mark).
    init(startingAt offset: Int = 0) {
        recordStart = offset
    }

    /// Scans `bytes`, which lie at file offset `base`, appending each record that ends in
    /// them. Stops at the first fault and returns it; records before it are appended.
    mutating func consume(_ bytes: UnsafeRawBufferPointer, at base: Int, into spans: inout [RecordSpan]) -> ScanFault? {
        var index = 0
        while index < bytes.count {
            if needed == 0 && (state == .fieldStart || state == .unquoted || state == .quoted) {
                // A run of plain text in a field (digits, letters, '.', '-': ASCII above the
                // comma), most of a file's bytes: nothing in it to check, as below.
                let run = index
                while index < bytes.count && bytes[index] > 0x2C && bytes[index] < 0x80 { index &+= 1 }
                if index > run {
                    previousWasCR = false
                    if state == .fieldStart { state = .unquoted }
                    continue
                }
            }
            let byte = bytes[index]
            let offset = base + index
            index += 1
            if needed > 0 {
                guard byte >= lower && byte <= upper else {
                    return .invalidUTF8(line: line, column: fieldIndex + 1, bytes: sequenceStart..<offset)
                }
                needed -= 1
                lower = 0x80
                upper = 0xBF
                continue
            }
            if state == .afterCR {
                if byte == 0x0A {
                    previousWasCR = false
                    endRecord(at: offset + 1, blank: blankAtCR, into: &spans)
                    continue
                }
                endRecord(at: offset, blank: blankAtCR, into: &spans)
            }
            if byte >= 0x80 {
                guard startSequence(byte, at: offset) else {
                    return .invalidUTF8(line: line, column: fieldIndex + 1, bytes: offset..<offset + 1)
                }
                previousWasCR = false
                if let fault = text(at: offset) { return fault }
                continue
            }
            switch byte {
            case 0x0A:  // LF
                if !previousWasCR { line += 1 }
                previousWasCR = false
                switch state {
                case .fieldStart: endRecord(at: offset + 1, blank: fieldIndex == 0, into: &spans)
                case .unquoted, .quoteInQuoted: endRecord(at: offset + 1, blank: false, into: &spans)
                case .quoted, .afterCR: break
                }
            case 0x0D:  // CR
                line += 1
                previousWasCR = true
                switch state {
                case .fieldStart: (blankAtCR, state) = (fieldIndex == 0, .afterCR)
                case .unquoted, .quoteInQuoted: (blankAtCR, state) = (false, .afterCR)
                case .quoted, .afterCR: break
                }
            case 0x2C:  // comma
                previousWasCR = false
                switch state {
                case .fieldStart, .unquoted, .quoteInQuoted: (fieldIndex, state) = (fieldIndex + 1, .fieldStart)
                case .quoted, .afterCR: break
                }
            case 0x22:  // quote
                previousWasCR = false
                switch state {
                case .fieldStart: (fieldStart, fieldLine, state) = (offset, line, .quoted)
                case .quoted: state = .quoteInQuoted
                case .quoteInQuoted: state = .quoted
                case .unquoted, .afterCR: break
                }
            default:
                previousWasCR = false
                if let fault = text(at: offset) { return fault }
            }
        }
        return nil
    }

    /// Ends the scan at file offset `end`: appends the last record if it has no line break,
    /// or returns the fault left open (a quoted field or a character cut short).
    mutating func finish(at end: Int, into spans: inout [RecordSpan]) -> ScanFault? {
        if needed > 0 {
            return .invalidUTF8(line: line, column: fieldIndex + 1, bytes: sequenceStart..<end)
        }
        switch state {
        case .quoted:
            return .unterminatedQuote(line: fieldLine, column: fieldIndex + 1, fieldStart: fieldStart)
        case .afterCR:
            endRecord(at: end, blank: blankAtCR, into: &spans)
        case .fieldStart:
            if fieldIndex > 0 { endRecord(at: end, blank: false, into: &spans) }
        case .unquoted, .quoteInQuoted:
            endRecord(at: end, blank: false, into: &spans)
        }
        return nil
    }

    /// A byte that is neither a separator nor a quote (or a UTF-8 lead byte).
    private mutating func text(at offset: Int) -> ScanFault? {
        switch state {
        case .fieldStart: state = .unquoted
        case .quoteInQuoted:
            return .textAfterQuote(line: line, column: fieldIndex + 1, fieldStart: fieldStart, stray: offset)
        case .unquoted, .quoted, .afterCR: break
        }
        return nil
    }

    /// Sets up the continuation bytes a lead byte needs (Unicode Table 3-7); false if
    /// the byte cannot start a character.
    private mutating func startSequence(_ byte: UInt8, at offset: Int) -> Bool {
        (lower, upper) = (0x80, 0xBF)
        switch byte {
        case 0xC2...0xDF: needed = 1
        case 0xE0: (needed, lower) = (2, 0xA0)
        case 0xE1...0xEC, 0xEE...0xEF: needed = 2
        case 0xED: (needed, upper) = (2, 0x9F)
        case 0xF0: (needed, lower) = (3, 0x90)
        case 0xF1...0xF3: needed = 3
        case 0xF4: (needed, upper) = (3, 0x8F)
        default: return false
        }
        sequenceStart = offset
        return true
    }

    private mutating func endRecord(at end: Int, blank: Bool, into spans: inout [RecordSpan]) {
        spans.append(
            RecordSpan(line: recordLine, start: recordStart, end: end, fieldCount: fieldIndex + 1, isBlank: blank))
        recordStart = end
        recordLine = line
        fieldIndex = 0
        state = .fieldStart
    }
}
