import Messages
import ScoreStore
public import ScoringCore
public import StoreValues

/// A clerk changes a competitor's name, unit, trade or status, with a reason. Once a round of
/// the trade is locked, a status or trade change needs the chief judge; where the competition
/// declares its clerks, the clerk gives a PIN unless the chief judge does it.
public struct EditCompetitor {
    public var number: CompetitorNumber
    public var edit: CompetitorEdit
    public var reason: String
    public var clerk: IdentifyClerk
    public var chief: JudgeID?

    public init(number: CompetitorNumber, edit: CompetitorEdit, reason: String, clerk: IdentifyClerk, chief: JudgeID?) {
        self.number = number
        self.edit = edit
        self.reason = reason
        self.clerk = clerk
        self.chief = chief
    }

    public func run(in venue: Venue, pin: PINReader) throws -> CompetitorEditResult {
        let store = venue.store
        guard edit != CompetitorEdit() else { throw Refusal(.nothingToChange) }
        let needsChief = try store.competitorEditNeedsChief(number: number, edit)
        var chiefID: JudgeID?
        if let chief {
            chiefID = try AuthorizeChief(chief: chief, action: "judge competitors edit").run(in: venue, pin: pin)
        } else if let refusal = needsChief {
            throw refusal
        }
        let actor = chiefID == nil ? try clerk.run(in: venue, pin: pin).name : clerk.clerk ?? clerk.fallback
        return try store.editCompetitor(number: number, edit, reason: reason, by: actor, chief: chiefID)
    }
}
