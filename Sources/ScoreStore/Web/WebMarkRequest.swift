import Foundation
import GRDB
public import ScoringCore

/// A judge's mark as the service received it, under the tablet's `request_id`: stored with the
/// mark, in its transaction, so the same request again gets the same answer and stores nothing.
public struct WebMarkRequest: Sendable, Equatable {
    public var judge: JudgeID
    public var requestID: String
    /// What was asked, as one comparable line; the same request_id asking anything else is refused.
    public var sent: String

    public init(judge: JudgeID, requestID: String, sent: String) {
        self.judge = judge
        self.requestID = requestID
        self.sent = sent
    }

    /// A primary-key clash here (the same request racing itself) rolls the mark back. `now`: the
    /// store's clock, as the mark's own batch and audit record read it.
    func remember(
        number: String, _ round: RoundID, _ criterion: CriterionID?, _ value: Points, previous: Points?,
        at now: Date, _ db: Database
    ) throws {
        try WebRequestRecord(
            judgeID: judge.rawValue, requestID: requestID, sent: sent, number: number, roundID: round.rawValue,
            criterionID: criterion?.rawValue, hundredths: value.hundredths, previous: previous?.hundredths,
            at: Int64(now.timeIntervalSince1970)
        ).insert(db)
    }
}
