public import ScoringCore

/// A judge's own mark, as stored or as answered before.
public struct OwnMark: Sendable, Equatable {
    public let number: CompetitorNumber
    public let round: RoundID
    public let judge: JudgeID
    public let criterion: CriterionID?
    public let value: Points
    /// The judge's earlier value, when this changed it.
    public let previous: Points?
}
