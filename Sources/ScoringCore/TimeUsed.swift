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
