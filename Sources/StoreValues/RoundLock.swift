public import ScoringCore

/// A round of one trade signed off by the chief judge.
public struct RoundLock: Equatable, Sendable {
    public var trade: TradeID
    public var round: RoundID
    public var chief: JudgeID
    /// UTC, `2026-11-26T07:40:12Z`.
    public var lockedAt: String

    package init(trade: TradeID, round: RoundID, chief: JudgeID, lockedAt: String) {
        self.trade = trade
        self.round = round
        self.chief = chief
        self.lockedAt = lockedAt
    }

    /// A row of `round_lock`, read as its record.
    /// `trade nursery, round practical is locked (by J9 at 2026-11-26 15:40:12)`, local time
    public var description: String {
        "trade \(trade), round \(round) is locked (by \(chief) at \(LocalTime.text(stored: lockedAt)))"
    }
}
