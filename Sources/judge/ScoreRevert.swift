import ArgumentParser
import Messages
import Officiating

struct ScoreRevert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revert",
        abstract: Phrase.abstractRevert.text(),
        discussion: Phrase.discussScoreRevert.template(in: .current))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var clerk: ClerkOption

    @Option(help: ArgumentHelp(Phrase.argRevertBatch.text(), valueName: "id"))
    var batch: Int64

    @Option(help: ArgumentHelp(Phrase.argReason.text(), valueName: "text"))
    var reason: String

    func run() throws {
        let venue = try database.open()
        let result = try RevertBatch(
            batch: batch, reason: reason, clerk: clerk.identify(for: "score revert --batch \(batch)")
        ).run(in: venue, pin: PINEntry.read)
        try venue.close()
        let things: Phrase =
            switch result.kind {
            case "roster": .revertCompetitors
            case "times": .revertTimes
            default: .revertMarks
            }
        let file = result.file.map { Language.current == .zh ? "（\($0)）" : " (\($0))" } ?? ""
        print(
            Phrase.revertDone.text([
                "batch": "\(result.batch)", "file": file, "removed": "\(result.removed)", "things": things.text(),
                "restored": "\(result.restored)", "revertBatch": "\(result.revertBatch)",
            ]))
    }
}
