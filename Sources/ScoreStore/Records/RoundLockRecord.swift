import GRDB
import ScoringCore
import StoreValues

/// One row of `round_lock`: a round signed off for one trade, by whom and when (UTC text).
struct RoundLockRecord: Equatable {
    var tradeID: String
    var roundID: String
    var chief: String
    var lockedAt: String

    var lock: RoundLock {
        RoundLock(trade: TradeID(tradeID), round: RoundID(roundID), chief: JudgeID(chief), lockedAt: lockedAt)
    }
}

// MARK: - Database

extension RoundLockRecord: FetchableRecord, TableRecord {
    static let databaseTableName = "round_lock"

    enum Columns {
        static let tradeID = Column("trade_id")
        static let roundID = Column("round_id")
        static let chief = Column("chief")
        static let lockedAt = Column("locked_at")
    }

    init(row: Row) {
        tradeID = row[Columns.tradeID]
        roundID = row[Columns.roundID]
        chief = row[Columns.chief]
        lockedAt = row[Columns.lockedAt]
    }

}
