import ArgumentParser
import Messages
import Officiating

struct ScoreRevert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revert",
        abstract: Phrase.abstractRevert.text(),
        discussion: """
            `judge audit log` shows each batch id. A mark the batch replaced gets its old value
            back; one it added is removed. Works for `score import`, `score enter`, `time import`
            and `roster import` batches. Refused, changing nothing: an unknown batch, one reverted
            already, a correction, double entry or roster edit, any affected round locked, a value
            of the batch changed since by a later batch (revert that first), competitors who have
            marks or times since. Recorded in the audit log with the reason.
            Example: judge score revert --batch 7 --reason "导入了错误的文件"
            """)

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
