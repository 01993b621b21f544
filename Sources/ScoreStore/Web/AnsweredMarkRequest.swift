import Foundation
public import ScoringCore

/// The answer given to a request, read back for a resend.
public struct AnsweredMarkRequest: Sendable, Equatable {
    public var sent: String
    public var number: CompetitorNumber
    public var round: RoundID
    public var criterion: CriterionID?
    public var value: Points
    public var previous: Points?
}
