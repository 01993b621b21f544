import ScoreStore
public import ScoringCore

/// The chief judge confirms a max_spread flag's marks as they are, with a reason.
public struct ConfirmFlag {
    public var number: CompetitorNumber
    public var round: RoundID
    public var chief: JudgeID
    public var reason: String

    public init(number: CompetitorNumber, round: RoundID, chief: JudgeID, reason: String) {
        self.number = number
        self.round = round
        self.chief = chief
        self.reason = reason
    }

    public func run(in venue: Venue, pin: PINReader) throws -> SpreadFlag {
        let chiefID = try AuthorizeChief(chief: chief, action: "judge flags confirm").run(in: venue, pin: pin)
        return try venue.store.confirmSpread(number: number, round: round, chief: chiefID, reason: reason)
    }
}
