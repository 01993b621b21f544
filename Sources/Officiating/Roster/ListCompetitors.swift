import ScoreStore
public import ScoringCore

/// The roster, trade by trade (all trades, or the one asked for), in number order.
public struct ListCompetitors {
    public var trade: TradeID?

    public init(trade: TradeID?) {
        self.trade = trade
    }

    public func run(in venue: Venue) throws -> [(trade: Trade, competitors: [Competitor])] {
        let competition = try venue.store.competition()
        let roster = try venue.store.competitors()
        return try TradeChoice(trade).trades(of: competition).map { chosen in
            (chosen, roster.filter { $0.trade == chosen.id }.sorted { $0.number < $1.number })
        }
    }
}
