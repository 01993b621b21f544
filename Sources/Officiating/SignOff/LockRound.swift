import ScoreStore
public import ScoringCore
public import StoreValues

/// The chief judge signs off a round of a trade: refused, listing every blocker, while a mark is
/// missing, flagged and unconfirmed, or awaiting its second entry.
public struct LockRound {
    public var trade: TradeID
    public var round: RoundID
    public var chief: JudgeID

    public init(trade: TradeID, round: RoundID, chief: JudgeID) {
        self.trade = trade
        self.round = round
        self.chief = chief
    }

    public func run(in venue: Venue, pin: PINReader) throws -> RoundLock {
        let chiefID = try AuthorizeChief(chief: chief, action: "judge lock").run(in: venue, pin: pin)
        return try venue.store.lockRound(trade: trade, round: round, chief: chiefID)
    }
}
