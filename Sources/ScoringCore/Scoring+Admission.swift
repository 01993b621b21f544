extension Scoring {
    /// Who takes which round in one trade, from that trade's competitors and marks.
    public func admission(for trade: Trade, competitors: [Competitor], marks: [CompetitorNumber: [Mark]])
        -> TradeAdmission
    {
        let scoring = TradeScoring(
            competition: competition, trade: trade, competitors: competitors, marks: marks, times: [:])
        let (outcomes, cuts) = scoring.outcomes()
        return scoring.admission(outcomes: outcomes, cuts: cuts)
    }

    /// One trade's sheet and who takes which round, its marks scored once for both (asked
    /// apart, `results(for:…)` and `admission(for:…)` each score every mark of the trade).
    public func resultsAndAdmission(
        for trade: Trade, competitors: [Competitor], marks: [CompetitorNumber: [Mark]],
        times: [CompetitorNumber: [RoundID: Int]]
    ) -> (results: TradeResults, admission: TradeAdmission) {
        let scoring = TradeScoring(
            competition: competition, trade: trade, competitors: competitors, marks: marks, times: times)
        let (outcomes, cuts) = scoring.outcomes()
        return (scoring.results(outcomes: outcomes, cuts: cuts), scoring.admission(outcomes: outcomes, cuts: cuts))
    }
}
