public import Messages
public import ScoreStore
public import ScoringCore

/// A lock refused while something still blocks it: the lines `judge lock` prints.
public struct LockBlocked: Error, Sendable {
    public let refusal: Refusal
    public let blockers: [String]
}

/// The chief judge signs off a round of a trade from the console: the store's `lockRound`,
/// as `judge lock` calls it, with its refusals as the service's codes.
public struct ChiefLock: Sendable {
    let store: ScoreDatabase

    public init(store: ScoreDatabase) {
        self.store = store
    }

    public func lock(trade: String?, round: String?, by chief: Judge) throws -> RoundLock {
        try ChiefOnly.require(chief, for: "judge lock", in: store)
        guard let trade = trade?.trimmingCharacters(in: .whitespaces), !trade.isEmpty else {
            throw Refusal(.missingField, at: .field(.trade))
        }
        guard let round = round?.trimmingCharacters(in: .whitespaces), !round.isEmpty else {
            throw Refusal(.missingField, at: .field(.round))
        }
        do {
            return try store.lockRound(trade: TradeID(trade), round: RoundID(round), chief: chief.id)
        } catch let refusal as IntegrityRefusal {
            switch refusal {
            case .unknownTrade(_, let known):
                throw Refusal(
                    .unknownTrade, at: .field(.trade), ["trade": trade, "trades": known.joined(separator: ", ")])
            case .unknownRound: throw Refusal(.unknownRound, at: .field(.round), ["value": round])
            case .alreadyLocked: throw Refusal(.alreadyLocked, at: .field(.round))
            case .blocked(_, _, let blockers):
                throw LockBlocked(refusal: Refusal(.blocked, ["count": "\(blockers.count)"]), blockers: blockers)
            default: throw refusal
            }
        }
    }
}
