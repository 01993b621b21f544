public import ScoringCore

/// One trade's sheet and the marks it was scored from.
public struct ScoredTrade: Sendable {
    public var results: TradeResults
    /// Every stored mark of the trade's competitors, by competitor (an absent one's too).
    public var marks: [CompetitorNumber: [Mark]]

    package init(
        results: TradeResults, marks: [CompetitorNumber: [Mark]]
    ) {
        self.results = results
        self.marks = marks
    }
}
