import GRDB
import Messages
import ScoringCore
import StoreValues

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
        for lock in try RoundLockRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM round_lock")).map(\.lock) {
            guard let trade = definitions.tradeIndex[lock.trade.rawValue] else { continue }
            if locks.isEmpty { locks = Array(repeating: [:], count: definitions.competition.trades.count) }
            locks[trade][lock.round] = lock
        }
        self.locks = locks
    }

    /// Throws a refusal audited as `refusal.locked` when the competitor's trade has `round`
    /// locked; `row` is the input's round field, which the refusal points at.
    func check(_ entrant: EntryValidator.Entrant, round: RoundID, line: Int, row: String, writing: Writing) throws {
        guard !locks.isEmpty, let trade = entrant.tradeAt, let lock = locks[trade][round] else { return }
        var refusal = Refusal.row(
            writing == .mark ? .roundLocked : .timeLocked, line: line, field: .round, value: row,
            [
                "trade": lock.trade.rawValue, "round": lock.round.rawValue, "chief": lock.chief.rawValue,
                "at": LocalTime.text(stored: lock.lockedAt),
            ],
            audited: "refusal.locked")
        refusal.auditNote = (line > 0 ? "line \(line) " : "") + "refused: \(lock.description)"
        throw refusal
    }
}
