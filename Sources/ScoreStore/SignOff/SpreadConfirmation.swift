import GRDB
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

    init(_ row: Row) {
        number = CompetitorNumber(row["number"])
        round = RoundID(row["round_id"])
        marks = row["marks"]
        reason = row["reason"]
        chief = JudgeID(row["chief"])
        confirmedAt = row["confirmed_at"]
    }

    public func confirms(_ flag: SpreadFlag) -> Bool {
        number == flag.number && round == flag.round && marks == flag.marksConfirmed
    }
}
