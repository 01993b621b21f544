import GRDB
import ScoringCore
import StoreValues

/// Each locked round of a trade: who locked it and when.
enum RoundLockFacts: AuditFactSource {
    static func fact(_ trade: TradeID, _ round: RoundID) -> AuditFact {
        AuditFact("lock", trade.rawValue, round.rawValue)
    }

    static func value(_ lock: RoundLock) -> String {
        "\(lock.chief) \(lock.lockedAt)"
    }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        for row in try Row.fetchAll(db, sql: "SELECT * FROM round_lock ORDER BY trade_id, round_id") {
            let lock = RoundLock(row)
            try emit(fact(lock.trade, lock.round), value(lock))
        }
    }
}
