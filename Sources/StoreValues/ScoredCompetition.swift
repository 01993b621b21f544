public import ScoringCore

/// The chosen trades' sheets, scored from one consistent snapshot.
public struct ScoredCompetition: Sendable {
    public var competition: Competition
    public var trades: [TradeResults]

    package init(
        competition: Competition, trades: [TradeResults]
    ) {
        self.competition = competition
        self.trades = trades
    }
}
