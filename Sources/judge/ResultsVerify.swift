import ArgumentParser
import Foundation
import Messages
import Officiating
import StoreValues

struct ResultsVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: Phrase.abstractVerify.text(),
        discussion: Phrase.discussResultsVerify.template(in: .current))

    @OptionGroup var database: DatabaseOptions

    @Argument(
        help: ArgumentHelp(Phrase.argVerifyFile.text()))
    var file: String

    func run() throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw Refusal(
                .cannotRead, file: file, line: 0, column: 0, value: file,
                ["reason": (error as NSError).localizedDescription])
        }
        switch try VerifyPublishedFile(data: data).run(in: database.openForReading()) {
        case .published(let publication, let published, let tradeName, let supersededBy, let digest):
            let state =
                if let finalAt = publication.finalAt {
                    Phrase.verifyFinal.text(["at": LocalTime.textWithZone(finalAt)])
                } else if let next = supersededBy {
                    Phrase.verifySuperseded.text(["version": "\(next)"])
                } else {
                    Phrase.verifyNotice.text(["at": LocalTime.textWithZone(publication.noticeEndsAt)])
                }
            print(
                Phrase.verifyPublished.text([
                    "file": file, "sheet": published.name, "trade": tradeName, "version": "\(publication.version)",
                    "at": LocalTime.textWithZone(publication.publishedAt), "by": "\(publication.publishedBy)",
                    "state": state,
                ]))
            print("sha256 \(digest)")
        case .notPublished(let digest, let closest, let noneRecorded):
            var message = Phrase.verifyNotPublished.text(["file": file, "digest": "\(digest)"])
            if let (publication, tradeName, resemblance) = closest {
                message += Phrase.verifyResembles.text([
                    "sheet": publication.files.first?.name ?? Phrase.verifyTheSheet.text(), "trade": tradeName,
                    "version": "\(publication.version)",
                ])
                if let line = resemblance.firstDifference {
                    message += Phrase.verifyLineDiffers.text([
                        "line": "\(line)", "published": resemblance.published, "candidate": resemblance.candidate,
                    ])
                } else {
                    message += Phrase.verifyBytesDiffer.text()
                }
            } else if noneRecorded {
                message += Phrase.verifyNoPublication.text()
            }
            throw Refusal(.notPublished, ["detail": message])
        }
    }
}
