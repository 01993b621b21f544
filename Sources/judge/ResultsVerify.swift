import ArgumentParser
import Foundation
import ResultSheets
import ScoreStore

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
            throw UserError("\(file): cannot read: \((error as NSError).localizedDescription)")
        }
        let store = try database.openForReading()
        let digest = SHA256Manifest.digest(data)
        let competition = try store.competition()
        let publications = try store.publications()
        func tradeName(_ publication: Publication) -> String {
            let name = competition.trade(publication.trade)?.name ?? publication.trade.rawValue
            return "\(name) (\(publication.trade))"
        }
        if let (publication, published) = try store.publishedFile(withSHA256: digest) {
            let later = publications.filter { $0.trade == publication.trade && $0.version > publication.version }
            let state =
                if let finalAt = publication.finalAt {
                    "final since \(LocalTime.textWithZone(finalAt))"
                } else if let next = later.first {
                    "superseded by version \(next.version)"
                } else {
                    "notice period until \(LocalTime.textWithZone(publication.noticeEndsAt))"
                }
            print(
                "\(file): published: \(published.name) of \(tradeName(publication)) version \(publication.version),",
                "published \(LocalTime.textWithZone(publication.publishedAt)) by \(publication.publishedBy); \(state)")
            print("sha256 \(digest)")
            return
        }
        var message = "\(file) is not a published file (sha256 \(digest))"
        let closest = publications.map { ($0, SheetResemblance(published: $0.sheet, candidate: data)) }
            .max { $0.1.equalLines < $1.1.equalLines }
        if let (publication, resemblance) = closest, resemblance.equalLines > 0 {
            message +=
                ". It most resembles \(publication.files.first?.name ?? "the result sheet") of \(tradeName(publication)) version \(publication.version)"
            if let line = resemblance.firstDifference {
                message +=
                    ": line \(line) differs: published \"\(resemblance.published)\", this file \"\(resemblance.candidate)\""
            } else {
                message += ": every line is equal, but the bytes differ (byte-order mark or line ends)"
            }
        } else if publications.isEmpty {
            message += "; this database records no publication"
        }
        throw UserError(message)
    }
}
