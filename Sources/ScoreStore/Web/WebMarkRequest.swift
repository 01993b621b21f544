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
        // A cached statement: a record's `insert` (its key paths and container) was a tenth of
        // the CPU of the mark transaction, which all judges' marks wait for in turn.
        try db.cachedStatement(
            sql: """
                INSERT INTO web_request
                    (judge_id, request_id, sent, number, round_id, criterion_id, hundredths, previous, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            judge.rawValue, requestID, sent, number, round.rawValue, criterion?.rawValue, value.hundredths,
            previous?.hundredths, Int64(now.timeIntervalSince1970),
        ])
    }
}
