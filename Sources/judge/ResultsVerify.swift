import ArgumentParser
import Foundation
import Messages
import Officiating

struct ResultsVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Say whether a file is exactly one that `results publish` wrote.",
        discussion: """
            Exit 0 naming the trade, version and time of publication; otherwise non-zero, naming the
            published result sheet the file most resembles and its first line that differs.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(
        help: ArgumentHelp(
            "The file to check: a result sheet, 公示 sheet, award list, change list or manifest, as CSV, HTML or xlsx."))
    var file: String

    func run() throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw Refusal(.cannotRead, ["file": file, "reason": (error as NSError).localizedDescription])
        }
        switch try VerifyPublishedFile(data: data).run(in: database.openForReading()) {
        case .published(let publication, let published, let tradeName, let supersededBy, let digest):
            let state =
                if let finalAt = publication.finalAt {
                    "final since \(LocalTime.textWithZone(finalAt))"
                } else if let next = supersededBy {
                    "superseded by version \(next)"
                } else {
                    "notice period until \(LocalTime.textWithZone(publication.noticeEndsAt))"
                }
            print(
                "\(file): published: \(published.name) of \(tradeName) version \(publication.version),",
                "published \(LocalTime.textWithZone(publication.publishedAt)) by \(publication.publishedBy); \(state)")
            print("sha256 \(digest)")
        case .notPublished(let digest, let closest, let noneRecorded):
            var message = "\(file) is not a published file (sha256 \(digest))"
            if let (publication, tradeName, resemblance) = closest {
                message +=
                    ". It most resembles \(publication.files.first?.name ?? "the result sheet") of \(tradeName) version \(publication.version)"
                if let line = resemblance.firstDifference {
                    message +=
                        ": line \(line) differs: published \"\(resemblance.published)\", this file \"\(resemblance.candidate)\""
                } else {
                    message += ": every line is equal, but the bytes differ (byte-order mark or line ends)"
                }
            } else if noneRecorded {
                message += "; this database records no publication"
            }
            throw Refusal(.notPublished, ["detail": message])
        }
    }
}
