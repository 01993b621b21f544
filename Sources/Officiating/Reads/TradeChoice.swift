import Messages
import ScoreStore
public import ScoringCore

/// `--trade ID`: all trades, or one, refusing an unknown id with the known ones.
public struct TradeChoice: Sendable {
    public var trade: TradeID?

    public init(_ trade: TradeID?) {
        self.trade = trade
    }

    public func trades(of competition: Competition) throws -> [Trade] {
        guard let trade else { return competition.trades }
        guard let chosen = competition.trade(trade) else {
            throw Refusal(
                .unknownTrade, at: .option("--trade"),
                ["value": trade.rawValue, "known": competition.trades.map(\.id.rawValue).joined(separator: ", ")])
        }
        return [chosen]
    }
}
