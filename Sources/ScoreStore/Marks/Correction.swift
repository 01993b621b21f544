public import ScoringCore

/// What `correctMark` changed, echoed back to the chief judge.
public struct Correction: Sendable {
    public let number: CompetitorNumber
    public let competitorName: String
    public let round: Round
    public let judge: Judge
    public let criterion: Criterion?
    public let old: Points
    public let new: Points
    /// The round's lock, which a correction leaves in place.
    public let lock: RoundLock?
    /// The competitor's max_spread flag after the correction, if the marks still diverge.
    public let flag: SpreadFlag?
}
