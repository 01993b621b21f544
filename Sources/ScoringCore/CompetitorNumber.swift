/// A competitor's number (参赛号). Two whole numbers compare numerically (7 < 12 < 105);
/// otherwise numbers compare as text, by Unicode code point (SCORING.md §4).
///
/// To keep the order total, whole numbers sort before other text; numbers equal in value
/// (`7`, `007`) fall back to their text.
public struct CompetitorNumber: Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public var description: String { rawValue }

    /// Digits only, without leading zeros; nil when the number is not a whole number.
    private var wholeDigits: Substring.UTF8View? {
        let utf8 = rawValue.utf8
        guard !utf8.isEmpty, utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        let significant = Substring(rawValue).utf8.drop { $0 == 0x30 }
        return significant
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        switch (lhs.wholeDigits, rhs.wholeDigits) {
        case let (left?, right?):
            if left.count != right.count { return left.count < right.count }
            if !left.elementsEqual(right) { return left.lexicographicallyPrecedes(right) }
            return lhs.rawValue.utf8.lexicographicallyPrecedes(rhs.rawValue.utf8)
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return lhs.rawValue.unicodeScalars.lexicographicallyPrecedes(rhs.rawValue.unicodeScalars)
        }
    }
}
