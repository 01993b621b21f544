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

    package init(
        id: Int64, trade: TradeID, version: Int, number: CompetitorNumber, reason: String, filedBy: String,
        filedAt: Date, ruling: String? = nil, ruledBy: JudgeID? = nil, ruledAt: Date? = nil
    ) {
        self.id = id
        self.trade = trade
        self.version = version
        self.number = number
        self.reason = reason
        self.filedBy = filedBy
        self.filedAt = filedAt
        self.ruling = ruling
        self.ruledBy = ruledBy
        self.ruledAt = ruledAt
    }

    public var isOpen: Bool { ruling == nil }
}
