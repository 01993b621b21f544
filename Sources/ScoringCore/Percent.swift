/// A percentage, in hundredths of a percent (12.5% is 1250): a prize tier's share of the ranked
/// competitors. Its own type, not `Points`, so a share can never be added to a mark.
public struct Percent: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let hundredths: Int64

    public init(hundredths: Int64) {
        self.hundredths = hundredths
    }

    public init(whole: Int64) {
        self.hundredths = whole * 100
    }

    /// The same figure read as a number with at most 2 decimals (the competition file's `percent`).
    public init(_ figure: Points) {
        self.hundredths = figure.hundredths
    }

    public static let zero = Percent(hundredths: 0)
    public static let all = Percent(whole: 100)

    public static func < (lhs: Percent, rhs: Percent) -> Bool {
        lhs.hundredths < rhs.hundredths
    }

    /// `12.5`, `20`: as a person writes it, without the `%`.
    public var description: String { Points(hundredths: hundredths).trimmed }
}
