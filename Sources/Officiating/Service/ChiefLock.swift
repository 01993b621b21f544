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
    let venue: Venue

    public init(venue: Venue) {
        self.venue = venue
    }

    public func lock(trade: String?, round: String?, by chief: Judge) throws -> RoundLock {
        try ChiefOnly.require(chief, for: "judge lock", in: venue)
        guard let trade = trade?.trimmingCharacters(in: .whitespaces), !trade.isEmpty else {
            throw Refusal(.missingField, at: .field(.trade))
        }
        guard let round = round?.trimmingCharacters(in: .whitespaces), !round.isEmpty else {
            throw Refusal(.missingField, at: .field(.round))
        }
        do {
            return try venue.store.lockRound(trade: TradeID(trade), round: RoundID(round), chief: chief.id)
        } catch let refusal as Refusal {
            switch refusal.code {
            case .unknownTrade: throw Refusal(.unknownTrade, at: .field(.trade), refusal.values)
            case .unknownRound: throw Refusal(.unknownRound, at: .field(.round), refusal.values)
            case .alreadyLocked: throw Refusal(.alreadyLocked, at: .field(.round), refusal.values)
            case .blocked:
                // The lines `judge lock` prints, one blocker each, in the service's language (Chinese).
                let blockers = (refusal.values["blockers.zh"] ?? refusal.values["blockers"] ?? "").split(
                    separator: "\n"
                )
                .map { $0.trimmingCharacters(in: .whitespaces) }
                throw LockBlocked(refusal: refusal, blockers: blockers)
            default: throw refusal
            }
        }
    }
}
