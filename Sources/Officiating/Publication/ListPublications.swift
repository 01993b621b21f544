import ScoreStore
public import ScoringCore
public import StoreValues

/// The versions published, oldest first, each with the files it wrote; all trades or one.
public struct ListPublications {
    public var trade: TradeID?

    public init(trade: TradeID?) {
        self.trade = trade
    }

    public func run(in venue: Venue) throws -> [Publication] {
        let chosen = try TradeChoice(trade).trades(of: venue.store.competition())
        return try venue.store.publications().filter { publication in chosen.contains { $0.id == publication.trade } }
    }
}
