public import Foundation
import Messages
import ResultSheets
import ScoreStore
public import ScoringCore

/// One file a publication of a trade wrote, read back from the folder it was written to: only a
/// name the publication recorded, and only while its bytes are still the ones recorded.
public struct ReadPublishedDocument {
    public var trade: TradeID
    public var name: String
    public var folder: URL

    public init(trade: TradeID, name: String, folder: URL) {
        self.trade = trade
        self.name = name
        self.folder = folder
    }

    public func run(in venue: Venue) throws -> Data {
        let publications = try ListPublications(trade: trade).run(in: venue)
        // The recorded names are the only ones served: no path of the request reaches the disk.
        guard let file = publications.flatMap(\.files).first(where: { $0.name == name }) else {
            throw Refusal(.notFound)
        }
        let data: Data
        do {
            data = try Data(contentsOf: folder.appendingPathComponent(file.name))
        } catch {
            throw Refusal(.cannotRead, SystemReason.values(error).merging(["file": file.name]) { $1 })
        }
        guard SHA256Manifest.digest(data) == file.sha256 else {
            throw Refusal(
                .notPublished,
                [
                    "detail": "\(file.name) changed after it was published",
                    "detail.zh": "\(file.name) 发布之后被改动过",
                ])
        }
        return data
    }
}
