import ScoreStore
public import ScoringCore
public import StoreValues

/// Appeals, open and resolved, in the order they were made; all trades or one.
public struct ListAppeals {
    public var trade: TradeID?

    public init(trade: TradeID?) {
        self.trade = trade
    }

    public func run(in venue: Venue) throws -> [Appeal] {
        let chosen = try TradeChoice(trade).trades(of: venue.store.competition())
        return try venue.store.appeals().filter { appeal in chosen.contains { $0.id == appeal.trade } }
    }
}
