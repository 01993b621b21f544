import GRDB
public import ScoringCore

/// A round of one trade signed off by the chief judge.
public struct RoundLock: Equatable, Sendable {
    public var trade: TradeID
    public var round: RoundID
    public var chief: JudgeID
    /// UTC, `2026-11-26T07:40:12Z`.
    public var lockedAt: String

    init(_ row: Row) {
        trade = TradeID(row["trade_id"])
        round = RoundID(row["round_id"])
        chief = JudgeID(row["chief"])
        lockedAt = row["locked_at"]
    }

    /// `trade nursery, round practical is locked (by J9 at 2026-11-26 15:40:12)`, local time
    public var description: String {
        "trade \(trade), round \(round) is locked (by \(chief) at \(LocalTime.text(stored: lockedAt)))"
    }
}

/// A write refused because its round is locked. The store records it in the audit log after
/// the write rolled back, then throws `refusal` so the caller places it in its file.
struct LockedRoundRefusal: Error {
    let refusal: EntryRefusal
    let lock: RoundLock
}

/// The locked rounds an entry must not write to: a few rows, read once per entry and consulted
/// once per row by the competitor's trade. Without locks a check is one branch.
struct RoundLockCheck {
    enum Writing {
        case mark, time
    }

    /// Per trade position: its locked rounds; empty without any lock.
    private let locks: [[RoundID: RoundLock]]

    init(_ db: Database, definitions: EntryValidator.Definitions) throws {
        var locks: [[RoundID: RoundLock]] = []
        for lock in try Row.fetchAll(db, sql: "SELECT * FROM round_lock").map(RoundLock.init) {
            guard let trade = definitions.tradeIndex[lock.trade.rawValue] else { continue }
            if locks.isEmpty { locks = Array(repeating: [:], count: definitions.competition.trades.count) }
            locks[trade][lock.round] = lock
        }
        self.locks = locks
    }

    /// Throws `LockedRoundRefusal` when the competitor's trade has `round` locked;
    /// `row` is the input's round field, which the refusal points at.
    func check(_ entrant: EntryValidator.Entrant, round: RoundID, line: Int, row: String, writing: Writing) throws {
        guard !locks.isEmpty, let trade = entrant.tradeAt, let lock = locks[trade][round] else { return }
        let problem =
            switch writing {
            case .mark: "a mark of a locked round changes only through `judge score correct` by the chief judge"
            case .time: "times of a locked round cannot change; the chief judge can `judge unlock` it with a reason"
            }
        throw LockedRoundRefusal(
            refusal: EntryRefusal(line: line, field: "round", value: row, problem: "\(lock.description): \(problem)"),
            lock: lock)
    }
}
