import GRDB
import Messages
import ScoringCore

/// Trades published final (`results publish --final`): after that nothing changes their marks,
/// times, roster or statuses.
extension ScoreDatabase {
    /// Each final trade with its final version.
    static func finalTrades(_ db: Database) throws -> [String: Int] {
        var trades: [String: Int] = [:]
        // Not the records: their sheets are not needed here.
        for row in try Row.fetchAll(db, sql: "SELECT trade_id, version FROM publication WHERE final_at IS NOT NULL") {
            trades[row[PublicationRecord.Columns.tradeID]] = row[PublicationRecord.Columns.version]
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
    static func tradesClosedToEntries(_ db: Database) throws -> [String: ClosedTrade] {
        var closed: [String: ClosedTrade] = [:]
        for lock in try RoundLockRecord.order(RoundLockRecord.Columns.roundID).fetchAll(db) {
            closed[lock.tradeID] = ClosedTrade(
                en: "has round \(lock.roundID) locked (by \(lock.chief))",
                zh: "的环节 \(lock.roundID) 已锁定（\(lock.chief) 锁定）")
        }
        for (trade, version) in try finalTrades(db) {
            closed[trade] = ClosedTrade(en: "is final (version \(version))", zh: "已定为最终成绩（第 \(version) 版）")
        }
        return closed
    }
}
