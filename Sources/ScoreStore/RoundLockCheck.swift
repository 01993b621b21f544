import GRDB
import Messages
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

/// The locked rounds an import must not write to: read once per import, consulted once per
/// row. Without locks a check is one branch; with locks, one integer lookup per row.
struct RoundLockCheck {
    enum Writing {
        case mark, time
    }

    /// Per locked trade: its locked rounds.
    private let locksByTrade: [[RoundID: RoundLock]]
    /// Competitor row id → index into `locksByTrade`, only for competitors of a trade with a lock.
    private let lockedTradeOf: [Int64: Int]
    /// Set for a single typed entry: looked up for its one row instead of read up front.
    private let db: Database?

    init(_ db: Database, preloading: Bool = true) throws {
        guard preloading else {
            self.db = db
            locksByTrade = []
            lockedTradeOf = [:]
            return
        }
        self.db = nil
        let locks = try Row.fetchAll(db, sql: "SELECT * FROM round_lock").map(RoundLock.init)
        let byTrade = Dictionary(grouping: locks, by: \.trade)
        let trades = Array(byTrade.keys)
        locksByTrade = trades.map { trade in
            Dictionary(uniqueKeysWithValues: byTrade[trade]!.map { ($0.round, $0) })
        }
        var lockedTradeOf: [Int64: Int] = [:]
        for (index, trade) in trades.enumerated() {
            let ids = try Int64.fetchCursor(
                db, sql: "SELECT id FROM competitor WHERE trade_id = ?", arguments: [trade.rawValue])
            while let id = try ids.next() { lockedTradeOf[id] = index }
        }
        self.lockedTradeOf = lockedTradeOf
    }

    /// Throws a refusal audited as `refusal.locked` when the competitor's trade has `round`
    /// locked; `row` is the input's round field, which the refusal points at.
    func check(competitor: Int64, round: RoundID, line: Int, row: String, writing: Writing) throws {
        guard let lock = try lock(competitor, round) else { return }
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

    private func lock(_ competitor: Int64, _ round: RoundID) throws -> RoundLock? {
        if let db {
            return try Row.fetchOne(
                db,
                sql: """
                    SELECT l.* FROM round_lock l JOIN competitor c ON c.trade_id = l.trade_id
                    WHERE c.id = ? AND l.round_id = ?
                    """,
                arguments: [competitor, round.rawValue]
            ).map(RoundLock.init)
        }
        guard !locksByTrade.isEmpty, let trade = lockedTradeOf[competitor] else { return nil }
        return locksByTrade[trade][round]
    }
}
