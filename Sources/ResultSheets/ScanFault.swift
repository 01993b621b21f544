import Messages

/// A fault `RecordScanner` found, as file offsets; `error(in:)` reads the bytes around it
/// back to show them in the message.
enum ScanFault: Equatable, Sendable {
    case invalidUTF8(line: Int, column: Int, bytes: Range<Int>)
    /// `stray` is the offset of the first byte after the closing quote.
    case textAfterQuote(line: Int, column: Int, fieldStart: Int, stray: Int)
    case unterminatedQuote(line: Int, column: Int, fieldStart: Int)

    /// Longest excerpt of raw text put in a message, in bytes.
    static let excerptLimit = 60

    func error(in file: ByteFile) -> Refusal {
        switch self {
        case let .invalidUTF8(line, column, bytes):
            let raw = (try? file.bytes(bytes)) ?? []
            let hex = raw.map { "\\x" + ($0 < 0x10 ? "0" : "") + String($0, radix: 16, uppercase: true) }
            return Refusal(.invalidUTF8, file: file.path, line: line, column: column, value: hex.joined())
        case let .textAfterQuote(line, column, fieldStart, stray):
            // From the opening quote (or the last stretch before the stray text) to the next separator.
            let start = max(fieldStart, stray - Self.excerptLimit)
            let raw = (try? file.bytes(start..<stray + 16)) ?? []
            let tail =
                raw[min(stray - start, raw.count)...].firstIndex { $0 == 0x2C || $0 == 0x0D || $0 == 0x0A }
                ?? raw.endIndex
            let text = Self.text(raw[..<tail], cutBefore: start > fieldStart)
            return Refusal(.textAfterQuote, file: file.path, line: line, column: column, value: text)
        case let .unterminatedQuote(line, column, fieldStart):
            // The field's first line: enough to find it.
            let raw = (try? file.bytes(fieldStart..<fieldStart + Self.excerptLimit)) ?? []
            let end = raw.firstIndex { $0 == 0x0D || $0 == 0x0A } ?? raw.endIndex
            let text = Self.text(raw[..<end], cutAfter: end == raw.endIndex && raw.count == Self.excerptLimit)
            return Refusal(.unterminatedQuote, file: file.path, line: line, column: column, value: text)
        }
    }

    /// Decodes an excerpt, dropping characters cut in half at either end and marking cuts with "…".
    private static func text(_ raw: ArraySlice<UInt8>, cutBefore: Bool = false, cutAfter: Bool = false) -> String {
        var raw = raw
        if cutBefore { raw = raw.drop { $0 & 0xC0 == 0x80 } }
        if cutAfter, let lead = raw.lastIndex(where: { $0 & 0xC0 != 0x80 }), raw[lead] >= 0xC0 {
            let length = raw[lead] >= 0xF0 ? 4 : raw[lead] >= 0xE0 ? 3 : 2
            if raw.endIndex - lead < length { raw = raw[..<lead] }
        }
        return (cutBefore ? "…" : "") + String(decoding: raw, as: UTF8.self) + (cutAfter ? "…" : "")
    }
}
