import ScoreStore
public import ScoringCore

/// The ranking of each trade (or one), with prizes and titles; provisional while marks are missing.
public struct RankTrades {
    public var trade: TradeID?

    public init(trade: TradeID?) {
        self.trade = trade
    }

    public func run(in venue: Venue) throws -> (competition: Competition, trades: [TradeResults]) {
        let scored = try venue.store.scoredCompetition(choosing: TradeChoice(trade).trades(of:))
        return (scored.competition, scored.trades)
    }
}
