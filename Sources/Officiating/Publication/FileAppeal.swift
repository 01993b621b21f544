import ScoreStore
public import ScoringCore
public import StoreValues

/// Someone appeals (申诉) one competitor's result during the notice period of the latest version.
public struct FileAppeal {
    public var trade: TradeID
    public var number: CompetitorNumber
    public var reason: String
    public var filer: String

    public init(trade: TradeID, number: CompetitorNumber, reason: String, filer: String) {
        self.trade = trade
        self.number = number
        self.reason = reason
        self.filer = filer
    }

    public func run(in venue: Venue) throws -> (trade: Trade, appeal: Appeal) {
        let trade = try TradeChoice(trade).trades(of: venue.store.competition())[0]
        let appeal = try venue.store.addAppeal(
            trade: trade.id, number: number, reason: reason, by: filer, at: venue.now())
        return (trade, appeal)
    }
}
