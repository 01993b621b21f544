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

    package init(
        number: CompetitorNumber, competitorName: String, round: Round, judge: Judge, criterion: Criterion?,
        old: Points, new: Points, lock: RoundLock?, flag: SpreadFlag?
    ) {
        self.number = number
        self.competitorName = competitorName
        self.round = round
        self.judge = judge
        self.criterion = criterion
        self.old = old
        self.new = new
        self.lock = lock
        self.flag = flag
    }
}
