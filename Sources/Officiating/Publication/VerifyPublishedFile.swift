public import Foundation
import Messages
public import ResultSheets
import ScoreStore
import ScoringCore
public import StoreValues

/// Whether a file is exactly one that a publication wrote; if not, the published sheet it most
/// resembles.
public struct VerifyPublishedFile {
    public var data: Data

    public init(data: Data) {
        self.data = data
    }

    public enum Outcome {
        case published(Publication, file: Publication.File, tradeName: String, supersededBy: Int?, sha256: String)
        case notPublished(
            sha256: String, closest: (Publication, tradeName: String, SheetResemblance)?, noneRecorded: Bool)
    }

    public func run(in venue: Venue) throws -> Outcome {
        let store = venue.store
        let digest = SHA256Manifest.digest(data)
        let competition = try store.competition()
        let publications = try store.publications()
        func tradeName(_ publication: Publication) -> String {
            let name = competition.trade(publication.trade)?.name ?? publication.trade.rawValue
            return "\(name) (\(publication.trade))"
        }
        if let (publication, published) = try store.publishedFile(withSHA256: digest) {
            let later = publications.first { $0.trade == publication.trade && $0.version > publication.version }
            return .published(
                publication, file: published, tradeName: tradeName(publication), supersededBy: later?.version,
                sha256: digest)
        }
        let closest = publications.map { ($0, SheetResemblance(published: $0.sheet, candidate: data)) }
            .max { $0.1.equalLines < $1.1.equalLines }
            .flatMap { $0.1.equalLines > 0 ? ($0.0, tradeName($0.0), $0.1) : nil }
        return .notPublished(sha256: digest, closest: closest, noneRecorded: publications.isEmpty)
    }
}
