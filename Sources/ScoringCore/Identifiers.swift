/// A typed identifier, so that a round id can never be passed where a judge id is meant.
public struct Identifier<Tag>: Hashable, Comparable, Sendable, CustomStringConvertible,
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

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue.unicodeScalars.lexicographicallyPrecedes(rhs.rawValue.unicodeScalars)
    }
}

public enum TradeTag {}
public enum RoundTag {}
public enum JudgeTag {}
public enum CriterionTag {}

public typealias TradeID = Identifier<TradeTag>
public typealias RoundID = Identifier<RoundTag>
public typealias JudgeID = Identifier<JudgeTag>
public typealias CriterionID = Identifier<CriterionTag>
