/// Computes every trade's result sheet from a competition and its marks (SCORING.md §2–§8).
public struct Scoring: Sendable {
    public let competition: Competition

    public init(competition: Competition) {
        self.competition = competition
    }

    /// One `TradeResults` per trade, in the competition's trade order.
    public func results(competitors: [Competitor], marks: [Mark], times: [TimeUsed] = []) -> [TradeResults] {
        let marksByCompetitor = Dictionary(grouping: marks, by: \.number)
        let timesByCompetitor = Self.timesByCompetitor(times)
        let byTrade = Dictionary(grouping: competitors, by: \.trade)
        return competition.trades.map { trade in
            results(
                for: trade, competitors: byTrade[trade.id] ?? [], marks: marksByCompetitor, times: timesByCompetitor)
        }
    }

    /// One trade's sheet from its own competitors and their marks, so that a caller can hold
    /// one trade's marks at a time (2 million marks do not fit the memory budget at once).
    public func results(
        for trade: Trade, competitors: [Competitor], marks: [CompetitorNumber: [Mark]],
        times: [CompetitorNumber: [RoundID: Int]]
    ) -> TradeResults {
        TradeScoring(competition: competition, trade: trade, competitors: competitors, marks: marks, times: times)
            .results()
    }

    /// Times used by competitor and round, as `results(for:…)` takes them.
    public static func timesByCompetitor(_ times: [TimeUsed]) -> [CompetitorNumber: [RoundID: Int]] {
        var byCompetitor: [CompetitorNumber: [RoundID: Int]] = [:]
        for time in times {
            byCompetitor[time.number, default: [:]][time.round] = time.seconds
        }
        return byCompetitor
    }
}
