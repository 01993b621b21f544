/// A competitor on the roster.
public struct Competitor: Equatable, Sendable {
    public enum Status: String, Equatable, Sendable, CaseIterable {
        case active, absent, disqualified, withdrawn
    }

    public var number: CompetitorNumber
    public var name: String
    public var unit: String
    public var trade: TradeID
    public var status: Status

    public init(number: CompetitorNumber, name: String, unit: String, trade: TradeID, status: Status = .active) {
        self.number = number
        self.name = name
        self.unit = unit
        self.trade = trade
        self.status = status
    }
}

/// One judge's mark for one competitor in one round (or one criterion of it).
public struct Mark: Equatable, Sendable {
    public var number: CompetitorNumber
    public var round: RoundID
    public var judge: JudgeID
    public var criterion: CriterionID?
    public var value: Points

    public init(number: CompetitorNumber, round: RoundID, judge: JudgeID, criterion: CriterionID? = nil, value: Points)
    {
        self.number = number
        self.round = round
        self.judge = judge
        self.criterion = criterion
        self.value = value
    }
}

/// The time a competitor used in a round, in whole seconds (for `time:` tie-breaks).
public struct TimeUsed: Equatable, Sendable {
    public var number: CompetitorNumber
    public var round: RoundID
    public var seconds: Int

    public init(number: CompetitorNumber, round: RoundID, seconds: Int) {
        self.number = number
        self.round = round
        self.seconds = seconds
    }

    /// Parses whole seconds, `M:SS` or `H:MM:SS`; nil when malformed.
    public static func seconds(parsing text: some StringProtocol) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.count <= 9 && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } })
        else { return nil }
        let values = parts.map { Int($0)! }
        // Every part after the first is a two-digit 00–59.
        for (part, value) in zip(parts.dropFirst(), values.dropFirst()) where part.count != 2 || value > 59 {
            return nil
        }
        return values.reduce(0) { $0 * 60 + $1 }
    }
}
