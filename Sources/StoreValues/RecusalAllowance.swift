public import ScoringCore

/// A recorded exception to recusal (回避): this judge may mark this competitor.
public struct RecusalAllowance: Equatable, Sendable {
    public let judge: Judge
    public let number: CompetitorNumber
    public let competitorName: String
    public let unit: String
    public let reason: String

    package init(
        judge: Judge, number: CompetitorNumber, competitorName: String, unit: String, reason: String
    ) {
        self.judge = judge
        self.number = number
        self.competitorName = competitorName
        self.unit = unit
        self.reason = reason
    }
}
