public import ScoringCore

/// The chief judge's confirmation of marks flagged by max_spread, with the reason.
public struct SpreadConfirmation: Equatable, Sendable {
    public var number: CompetitorNumber
    public var round: RoundID
    /// The marks as confirmed (`SpreadFlag.marksConfirmed`): it holds only while they are unchanged.
    public var marks: String
    public var reason: String
    public var chief: JudgeID
    public var confirmedAt: String

    package init(
        number: CompetitorNumber, round: RoundID, marks: String, reason: String, chief: JudgeID, confirmedAt: String
    ) {
        self.number = number
        self.round = round
        self.marks = marks
        self.reason = reason
        self.chief = chief
        self.confirmedAt = confirmedAt
    }

    public func confirms(_ flag: SpreadFlag) -> Bool {
        number == flag.number && round == flag.round && marks == flag.marksConfirmed
    }
}
