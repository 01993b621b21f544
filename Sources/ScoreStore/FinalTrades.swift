import GRDB
import Messages
import ScoringCore

/// Trades published final (`results publish --final`): after that nothing changes their marks,
/// times, roster or statuses.
extension ScoreDatabase {
    /// Each final trade with its final version.
    static func finalTrades(_ db: Database) throws -> [String: Int] {
        var trades: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT trade_id, version FROM publication WHERE final_at IS NOT NULL") {
            trades[row[0]] = row[1]
        }
        return trades
    }

    static func refuseIfFinal(trade: TradeID, doing: FinalTradeAction, _ db: Database) throws {
        if let version = try finalTrades(db)[trade.rawValue] {
            throw Refusal.tradeFinal(trade, version: version, doing: doing)
        }
    }
}

extension ScoreDatabase {
    /// Trades a roster import may not add to, each with why: final, or a round locked.
    static func tradesClosedToEntries(_ db: Database) throws -> [String: String] {
        var closed: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT trade_id, round_id, chief FROM round_lock ORDER BY round_id") {
            closed[row[0]] = "has round \(row[1] as String) locked (by \(row[2] as String))"
        }
        for (trade, version) in try finalTrades(db) {
            closed[trade] = "is final (version \(version))"
        }
        return closed
    }
}
