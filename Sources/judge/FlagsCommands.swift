import ArgumentParser
import ScoreStore
import ScoringCore

struct Flags: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flags", abstract: "Competitors whose judges' marks differ by more than the round's max_spread.",
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
    var number: String

    @Option(help: ArgumentHelp("The round.", valueName: "id"))
    var round: String

    @Option(help: ArgumentHelp("Why the marks stand (required).", valueName: "text"))
    var reason: String

    func run() throws {
        let store = try database.open()
        let chiefID = try chief.authenticate(store, for: "judge flags confirm")
        let flag = try store.confirmSpread(
            number: CompetitorNumber(number), round: RoundID(round), chief: chiefID, reason: reason)
        try store.close()
        print("confirmed: \(flag)")
    }
}
