import ArgumentParser
import Messages
import Officiating
import ScoringCore

struct Flags: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flags", abstract: Phrase.helpFlags.text(),
        discussion: "`judge status` lists the flags; a flag blocks `judge lock` until corrected or confirmed.",
        subcommands: [FlagsConfirm.self])
}

struct FlagsConfirm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Confirm a flagged competitor's marks as they are (chief judge), with a reason.",
        discussion: """
            The confirmation holds for the marks as they are now: if one of them changes, the flag
            returns. A correction that brings the spread within max_spread clears the flag by itself.
            Example: judge flags confirm --number 12 --round practical --reason "现场复核无误" --chief J9
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var chief: ChiefOptions

    @Option(help: ArgumentHelp("The competitor's number (参赛号).", valueName: "number"))
    var number: CompetitorNumber

    @Option(help: ArgumentHelp("The round.", valueName: "id"))
    var round: RoundID

    @Option(help: ArgumentHelp("Why the marks stand (required).", valueName: "text"))
    var reason: String

    func run() throws {
        let venue = try database.open()
        let flag = try ConfirmFlag(number: number, round: round, chief: chief.chief, reason: reason).run(
            in: venue, pin: PINEntry.read)
        try venue.close()
        print(Phrase.flagConfirmed.text(["flag": flag.description]))
    }
}
