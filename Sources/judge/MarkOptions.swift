import ArgumentParser
import ScoreStore

/// Which mark a command is about: `score enter`, `score correct` and `double-entry resolve`.
struct MarkOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The judge whose mark it is.", valueName: "id"))
    var judge: String

    @Option(help: ArgumentHelp("The competitor's number (参赛号).", valueName: "number"))
    var number: String

    @Option(help: ArgumentHelp("The round.", valueName: "id"))
    var round: String

    @Option(help: ArgumentHelp("The criterion, for a round marked by criteria.", valueName: "id"))
    var criterion: String = ""

    /// The mark as the store checks it, typed rather than read from a file (line 0).
    func row(score: String) -> MarkRow {
        MarkRow(line: 0, number: number, round: round, judge: judge, score: score, criterion: criterion)
    }
}
