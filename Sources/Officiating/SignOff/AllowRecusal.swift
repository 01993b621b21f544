import Foundation
import ScoreStore
public import ScoringCore
public import StoreValues

/// The chief judge allows a judge to mark a competitor of the judge's own unit, with a reason.
public struct AllowRecusal {
    public var judge: JudgeID
    public var number: CompetitorNumber
    public var chief: JudgeID
    public var reason: String

    public init(judge: JudgeID, number: CompetitorNumber, chief: JudgeID, reason: String) {
        self.judge = judge
        self.number = number
        self.chief = chief
        self.reason = reason
    }

    public func run(in venue: Venue, pin: PINReader) throws -> RecusalAllowance {
        let chiefID = try AuthorizeChief(chief: chief, action: "judge recusal allow").run(in: venue, pin: pin)
        return try venue.store.allowRecusal(
            judge: JudgeID(judge.rawValue.trimmingCharacters(in: .whitespaces)), number: number,
            reason: reason, chief: chiefID)
    }
}
