import GRDB
import Messages
public import ScoringCore
public import StoreValues

extension ScoreDatabase {
    /// Signs off a round of a trade. Refused, listing every blocker, while any mark is missing,
    /// flagged by max_spread and unconfirmed, or otherwise unconfirmed (see `LockBlockers`).
    /// `chief` must be authenticated as the chief judge by the caller.
    public func lockRound(trade: TradeID, round: RoundID, chief: JudgeID) throws -> RoundLock {
        try writer.write { db in
            try Self.checkTradeAndRound(trade, round, db)
            if let lock = try Self.lock(trade, round, db) { throw Refusal.alreadyLocked(lock) }
            try verifiedAudit.require(for: "judge lock", db)
            let blockers = try LockBlockers.sources.flatMap { try $0(trade, round, db) }
            guard blockers.isEmpty else {
                throw Refusal.blocked(trade: trade, round: round, blockers: blockers)
            }
            try db.execute(
                sql: """
                    INSERT INTO round_lock (trade_id, round_id, chief, locked_at)
                    VALUES (?, ?, ?, judge_now_s())
                    """,
                arguments: [trade.rawValue, round.rawValue, chief.rawValue])
            let lock = try Self.lock(trade, round, db)!
            var changes = AuditChanges()
            changes.set(RoundLockFacts.fact(trade, round), to: RoundLockFacts.value(lock))
            try Self.appendAudit(
                kind: "round.lock", actor: chief.rawValue, summary: "judge lock: trade \(trade), round \(round)",
                changes: changes, db)
            return lock
        }
    }

    /// Lifts a lock; the reason goes to the audit log.
    public func unlockRound(trade: TradeID, round: RoundID, chief: JudgeID, reason: String) throws -> RoundLock {
        try writer.write { db in
            try Self.checkTradeAndRound(trade, round, db)
            let reason = try Self.requireReason(reason)
            try Self.refuseIfFinal(trade: trade, doing: .unlockRound, db)
            guard let lock = try Self.lock(trade, round, db) else {
                throw Refusal.notLocked(trade: trade, round: round)
            }
            try db.execute(
                sql: "DELETE FROM round_lock WHERE trade_id = ? AND round_id = ?",
                arguments: [trade.rawValue, round.rawValue])
            var changes = AuditChanges()
            changes.remove(RoundLockFacts.fact(trade, round))
            try Self.appendAudit(
                kind: "round.unlock", actor: chief.rawValue,
                summary:
                    "judge unlock: trade \(trade), round \(round) (locked by \(lock.chief) at \(lock.lockedAt)): \(reason)",
                changes: changes, db)
            return lock
        }
    }

    /// The rounds of `trade` that are locked (for publication, which needs them all).
    public func lockedRounds(of trade: TradeID) throws -> Set<RoundID> {
        try writer.read { db in
            Set(
                try String.fetchAll(
                    db, sql: "SELECT round_id FROM round_lock WHERE trade_id = ?", arguments: [trade.rawValue]
                )
                .map { RoundID($0) })
        }
    }

    /// Every lock, for `judge status`.
    public func roundLocks() throws -> [RoundLock] {
        try writer.read { db in
            try RoundLockRecord.order(RoundLockRecord.Columns.tradeID, RoundLockRecord.Columns.roundID).fetchAll(db)
                .map(\.lock)
        }
    }

    static func lock(_ trade: TradeID, _ round: RoundID, _ db: Database) throws -> RoundLock? {
        try RoundLockRecord.fetchOne(db, key: ["trade_id": trade.rawValue, "round_id": round.rawValue])?.lock
    }

    static func checkTradeAndRound(_ trade: TradeID, _ round: RoundID, _ db: Database) throws {
        let competition = try competition(db)
        guard competition.trade(trade) != nil else {
            throw Refusal.unknownTrade(trade.rawValue, in: competition)
        }
        guard competition.round(round) != nil else {
            throw Refusal.unknownRound(round.rawValue, in: competition)
        }
    }

    /// The reason, trimmed; refused when blank.
    static func requireReason(_ reason: String) throws -> String {
        guard let reason = reason.meaningfulReason else { throw Refusal.reasonRequired }
        return reason
    }
}

extension String {
    /// A reason for the audit log, trimmed; nil when it is blank (any whitespace, 全角 spaces too),
    /// so every command that takes `--reason` refuses the same reasons.
    var meaningfulReason: String? {
        let trimmed = trimmingSpaces
        return trimmed.allSatisfy(\.isWhitespace) ? nil : trimmed
    }
}
