public import Foundation
import Messages
import ResultSheets
import ScoreStore
public import ScoringCore
import StoreValues

/// The chief judge publishes a trade's result sheet for its notice period (公示) as a new version:
/// the files are written (never replacing one) and the version recorded in one step; when the
/// sheet is what the latest version published, nothing is written.
public struct PublishResults {
    public var trade: TradeID
    public var chief: JudgeID
    /// The folder for the published files, created when missing.
    public var folder: URL
    /// Days of the notice period; nil for the default (5, or the competition's minimum if longer).
    public var noticeDays: Int?

    public init(trade: TradeID, chief: JudgeID, folder: URL, noticeDays: Int?) {
        self.trade = trade
        self.chief = chief
        self.folder = folder
        self.noticeDays = noticeDays
    }

    public enum Outcome {
        /// The sheet is the latest version's: nothing written.
        case unchanged(trade: Trade, version: Int, sha256: String)
        case published(PublishedVersion)
    }

    public struct PublishedVersion {
        public let trade: Trade
        public let version: Int
        /// The files written, the result sheet first.
        public let files: [URL]
        public let sha256: String
        public let noticeStart: Date
        public let noticeEnd: Date
        /// `record:hash` of the audit chain's last record before this version, to keep.
        public let auditPin: String?
        /// Cells changed since the previous version, and for how many competitors.
        public let changes: (cells: Int, competitors: Int)?
    }

    public func run(in venue: Venue, pin: PINReader) throws -> Outcome {
        let store = venue.store
        let chiefID = try AuthorizeChief(chief: chief, action: "judge results publish").run(in: venue, pin: pin)
        let trade = try SignedOffTrade(self.trade, in: store, action: "judge results publish")
        if let latest = trade.publications.last, latest.sheetSHA256 == trade.digest, latest.finalAt == nil {
            return .unchanged(trade: trade.trade, version: latest.version, sha256: trade.digest)
        }
        let previous = trade.publications.last
        let version = (previous?.version ?? 0) + 1
        let minimum = trade.competition.noticeDaysMin ?? 0
        let days = noticeDays ?? max(5, minimum)
        guard days >= minimum else {
            throw Refusal(.noticeTooShort, ["days": String(days), "minimum": String(minimum)])
        }
        let now = venue.now()
        let noticeEnd = now.addingTimeInterval(TimeInterval(days) * 86_400)
        let bundle = try PublicationBundle(
            trade.results, of: trade.competition, version: version, noticeStart: LocalTime.chinese(now),
            noticeEnd: LocalTime.chinese(noticeEnd), previous: previous.map { ($0.version, $0.sheet) },
            noticePeriod: LocalTime.noticePeriod(from: now, to: noticeEnd), marks: trade.marks,
            auditPin: trade.auditPin)
        let urls = bundle.documents.map { folder.appendingPathComponent($0.name) }
        if let existing = urls.first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
            throw Refusal(.publishedFileExists, ["file": existing.relativePath])
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let publication = Publication(
            trade: trade.trade.id, version: version, sheet: bundle.sheet, sheetSHA256: bundle.sheetDigest,
            publishedAt: now, noticeEndsAt: noticeEnd, publishedBy: chiefID,
            files: bundle.documents.map { Publication.File(name: $0.name, sha256: SHA256Manifest.digest($0.data)) })
        var written: [URL] = []
        do {
            // Verified once, by `SignedOffTrade`: the store checks only that nothing came since.
            try store.recordPublication(publication, verified: trade.verified) {
                for (document, url) in zip(bundle.documents, urls) {
                    try PublishedFile.create(document.data, at: url)
                    written.append(url)
                }
            }
        } catch {
            // Not recorded, so not published: take back what was written.
            for url in written { try? FileManager.default.removeItem(at: url) }
            throw error
        }
        let changes = bundle.changes.map { ($0.changes.count, Set($0.changes.map(\.number)).count) }
        return .published(
            PublishedVersion(
                trade: trade.trade, version: version, files: urls, sha256: bundle.sheetDigest, noticeStart: now,
                noticeEnd: noticeEnd, auditPin: trade.auditPin, changes: changes))
    }
}
