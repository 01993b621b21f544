import ScoreStore
public import ScoringCore
public import StoreValues

/// The chief judge lifts a round's lock, with a reason kept in the audit log.
public struct UnlockRound {
    public var trade: TradeID
    public var round: RoundID
    public var chief: JudgeID
    public var reason: String

    public init(trade: TradeID, round: RoundID, chief: JudgeID, reason: String) {
        self.trade = trade
        self.round = round
        self.chief = chief
        self.reason = reason
    }

    public func run(in venue: Venue, pin: PINReader) throws -> RoundLock {
        let chiefID = try AuthorizeChief(chief: chief, action: "judge unlock").run(in: venue, pin: pin)
        return try venue.store.unlockRound(trade: trade, round: round, chief: chiefID, reason: reason)
    }
}
