public import ScoringCore

/// A sign-off command refused: lock, unlock, correction or confirmation. Nothing changed.
public enum IntegrityRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    /// Locking would sign off marks that are missing, flagged or unconfirmed: one line each.
    case blocked(trade: TradeID, round: RoundID, blockers: [String])
    case alreadyLocked(RoundLock)
    case notLocked(trade: TradeID, round: RoundID)
    case noSuchMark(String)
    case unchanged(String)
    case notFlagged(String)
    case alreadyConfirmed(String)
    /// The trade's results are final: nothing of it changes any more.
    case final(trade: TradeID, version: Int, doing: String)

    public var description: String {
        switch self {
        case .blocked(let trade, let round, let blockers):
            ([
                "trade \(trade), round \(round) cannot be locked: \(blockers.count) blocker\(blockers.count == 1 ? "" : "s")"
            ]
                + blockers.map { "  \($0)" }).joined(separator: "\n")
        case .alreadyLocked(let lock):
            "\(lock.description) already"
        case .notLocked(let trade, let round):
            "trade \(trade), round \(round) is not locked"
        case .noSuchMark(let what):
            "\(what): no mark is stored; a correction changes a stored mark (enter a missing one with `judge score enter`)"
        case .unchanged(let what):
            "\(what): the stored mark is already this value; nothing to correct"
        case .notFlagged(let what):
            "\(what) is not flagged: there is nothing to confirm"
        case .final(let trade, let version, let doing):
            "trade \(trade) is final (version \(version) was published final): \(doing) is refused; after final publication no mark, competitor or status of the trade changes"
        case .alreadyConfirmed(let what):
            "\(what): these marks are confirmed already"
        }
    }
}
