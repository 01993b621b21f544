import ArgumentParser
import Messages
import Officiating
import ScoringCore

struct DoubleEntry: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "double-entry",
        abstract: Phrase.helpDoubleEntry.text(),
        subcommands: [DoubleEntryResolve.self])
}

struct DoubleEntryResolve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: Phrase.abstractResolve.text(),
        discussion: Phrase.discussDoubleEntryResolve.template(in: .current))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var mark: MarkOptions
    @OptionGroup var chief: ChiefOptions

    @Option(help: ArgumentHelp(Phrase.argResolveReason.text(), valueName: "text"))
    var reason: String

    @Argument(help: ArgumentHelp(Phrase.argSheetMark.text(), valueName: "score"))
    var score: String

    func run() throws {
        let venue = try database.open()
        let entered = try MarkEcho.refusingAsOptions {
            try ResolveDoubleEntry(
                mark: mark.input(score: score),
                chief: AuthorizeChief(chief: chief.chief, action: "judge double-entry resolve"), reason: reason
            ).run(in: venue, pin: PINEntry.read)
        }
        try venue.close()
        print(
            Phrase.markResolved.text(
                ["value": entered.value.description, "what": MarkEcho.describe(entered, withValue: false)]))
    }
}
