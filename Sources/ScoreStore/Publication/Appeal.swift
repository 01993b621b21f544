public import Foundation
public import ScoringCore

/// An appeal (申诉) against a published version, and the chief judge's ruling.
public struct Appeal: Equatable, Sendable {
    public var id: Int64
    public var trade: TradeID
    public var version: Int
    public var number: CompetitorNumber
    public var reason: String
    public var filedBy: String
    public var filedAt: Date
    public var ruling: String?
    /// The chief judge who ruled on it.
    public var ruledBy: JudgeID?
    public var ruledAt: Date?

    public var isOpen: Bool { ruling == nil }
}
