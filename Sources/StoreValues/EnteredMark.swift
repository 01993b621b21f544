public import ScoringCore

/// What `enterMark` stored, echoed back so a typo is seen at once.
public struct EnteredMark: Sendable {
    public let number: CompetitorNumber
    public let competitorName: String
    public let unit: String
    /// Marks of a competitor who is not active are kept but never scored.
    public let status: Competitor.Status
    public let round: Round
    public let judge: Judge
    public let criterion: Criterion?
    public let value: Points
    /// The value this mark had before, when it replaced one.
    public let replaced: Points?
    /// In a double-entry round, what became of this entry; `value` is then this clerk's own entry.
    public let doubleEntry: DoubleEntryOutcome?

    package init(
        number: CompetitorNumber, competitorName: String, unit: String, status: Competitor.Status, round: Round,
        judge: Judge, criterion: Criterion?, value: Points, replaced: Points?, doubleEntry: DoubleEntryOutcome?
    ) {
        self.number = number
        self.competitorName = competitorName
        self.unit = unit
        self.status = status
        self.round = round
        self.judge = judge
        self.criterion = criterion
        self.value = value
        self.replaced = replaced
        self.doubleEntry = doubleEntry
    }
}
