/// An exact score in hundredths of a point. Marks, round scores and totals are
/// always `Points`; binary floating point never touches them (SCORING.md §1).
public struct Points: Hashable, Comparable, Sendable {
    public let hundredths: Int64

    public init(hundredths: Int64) {
        self.hundredths = hundredths
    }

    public init(whole: Int64) {
        self.hundredths = whole * 100
    }

    public static let zero = Points(hundredths: 0)

    public static func < (lhs: Points, rhs: Points) -> Bool {
        lhs.hundredths < rhs.hundredths
    }

    public static func + (lhs: Points, rhs: Points) -> Points {
        Points(hundredths: lhs.hundredths + rhs.hundredths)
    }
}

extension Points: CustomStringConvertible {
    /// Exactly two places, as printed on every sheet: `86.50`, `100.00`, `0.00`.
    public var description: String {
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let cents = magnitude % 100
        return "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }
}

extension Points {
    /// Parses a decimal with at most two places (`86`, `86.5`, `86.50`).
    /// Refuses empty text, signs, exponents, `NaN`, more places and anything else.
    /// Surrounding spaces are ignored.
    public init(parsing text: some StringProtocol) throws(MarkError) {
        var text = String(text)
        // A native string's own bytes: no array per mark (this runs for every imported row).
        let parsed = text.withUTF8 { bytes in Result { () throws(MarkError) in try Self.hundredths(bytes[...]) } }
        self.init(hundredths: try parsed.get())
    }

    private static func hundredths(_ text: Slice<UnsafeBufferPointer<UInt8>>) throws(MarkError) -> Int64 {
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        var bytes = text
        while let last = bytes.last, isBlank(last) { bytes.removeLast() }
        while let first = bytes.first, isBlank(first) { bytes.removeFirst() }
        guard !bytes.isEmpty else { throw .empty }
        if bytes.first == UInt8(ascii: "-"), (try? hundredths(bytes.dropFirst())) != nil {
            throw .negative
        }
        var whole: Int64 = 0
        var index = bytes.startIndex
        while index < bytes.endIndex, let digit = Self.digit(bytes[index]) {
            guard index - bytes.startIndex < 12 else { throw .tooLarge }
            whole = whole * 10 + digit
            index += 1
        }
        guard index > bytes.startIndex else { throw .notANumber }
        var fraction: Int64 = 0
        var places = 0
        if index < bytes.endIndex {
            guard bytes[index] == UInt8(ascii: ".") else { throw .notANumber }
            index += 1
            while index < bytes.endIndex, let digit = Self.digit(bytes[index]) {
                places += 1
                if places <= 2 { fraction = fraction * 10 + digit }
                index += 1
            }
            guard index == bytes.endIndex, places > 0 else { throw .notANumber }
            guard places <= 2 else { throw .tooManyPlaces }
        }
        if places == 1 { fraction *= 10 }
        return whole * 100 + fraction
    }

    /// Parses a mark and checks it against its maximum (`0 <= mark <= max`).
    public init(parsingMark text: some StringProtocol, max: Points) throws(MarkError) {
        try self.init(parsing: text)
        guard self <= max else { throw .aboveMaximum(max) }
    }

    private static func digit(_ byte: UInt8) -> Int64? {
        (0x30...0x39).contains(byte) ? Int64(byte - 0x30) : nil
    }
}
