public import Foundation
public import ScoringCore

/// One published version of a trade's result sheet (公示).
public struct Publication: Equatable, Sendable {
    public struct File: Equatable, Sendable {
        public var name: String
        public var sha256: String

        public init(name: String, sha256: String) {
            self.name = name
            self.sha256 = sha256
        }
    }

    public var trade: TradeID
    public var version: Int
    /// The result sheet's bytes as published.
    public var sheet: Data
    public var sheetSHA256: String
    public var publishedAt: Date
    public var noticeEndsAt: Date
    /// The chief judge who published it.
    public var publishedBy: JudgeID
    /// Every file written with this version, the result sheet first.
    public var files: [File]
    public var finalAt: Date?
    /// The chief judge who made it final.
    public var finalBy: JudgeID?

    public init(
        trade: TradeID, version: Int, sheet: Data, sheetSHA256: String, publishedAt: Date, noticeEndsAt: Date,
        publishedBy: JudgeID, files: [File], finalAt: Date? = nil, finalBy: JudgeID? = nil
    ) {
        self.trade = trade
        self.version = version
        self.sheet = sheet
        self.sheetSHA256 = sheetSHA256
        self.publishedAt = publishedAt
        self.noticeEndsAt = noticeEndsAt
        self.publishedBy = publishedBy
        self.files = files
        self.finalAt = finalAt
        self.finalBy = finalBy
    }

    /// Appeals are taken while the notice period runs, and never once the trade is final.
    public func takesAppeals(at now: Date) -> Bool { finalAt == nil && now < noticeEndsAt }
}
