import ArgumentParser
import ScoreStore
import ScoringCore

struct DoubleEntry: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "double-entry",
        abstract: "Rounds entered twice, blind, by two clerks (双人录入).",
        subcommands: [DoubleEntryResolve.self])
}

struct DoubleEntryResolve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Settle a mark whose entries disagree with the value on the score sheet (chief judge).",
        discussion: """
            `judge status` lists the disagreements (never the values entered). A third clerk whose
            entry agrees with one of the earlier entries settles a disagreement too.
            Example: judge double-entry resolve --chief J9 --number 12 --round practical --judge J1 \\
                       --criterion skill --reason "score sheet checked" 52.5
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var mark: MarkOptions
    @OptionGroup var chief: ChiefOptions

    @Option(help: ArgumentHelp("Why this value (e.g. the score sheet was checked).", valueName: "text"))
    var reason: String

    @Argument(help: ArgumentHelp("The mark on the score sheet.", valueName: "score"))
    var score: String

    func run() throws {
        let store = try database.open()
        let chiefID = try chief.authenticate(store, for: "judge double-entry resolve")
        let row = mark.row(score: score)
        let entered = try MarkEcho.refusingAsOptions {
            try store.resolveDoubleEntry(row, chief: chiefID, reason: reason)
        }
        try store.close()
        print("resolved by the chief judge: \(MarkEcho.describe(entered))")
    }
}
