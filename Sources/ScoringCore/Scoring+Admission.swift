extension Scoring {
    /// Who takes which round in one trade, from that trade's competitors and marks.
    public func admission(for trade: Trade, competitors: [Competitor], marks: [CompetitorNumber: [Mark]])
        -> TradeAdmission
    {
        let scoring = TradeScoring(
            competition: competition, trade: trade, competitors: competitors, marks: marks, times: [:])
        let (outcomes, cuts) = scoring.outcomes()
        let active = competitors.filter { $0.status == .active }.sorted { $0.number < $1.number }
        return TradeAdmission(
            trade: trade, competition: competition, outcomes: outcomes, cuts: cuts, competitors: active)
    }
}
