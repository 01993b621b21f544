import ArgumentParser
import Officiating
import ScoringCore

/// Which mark a command is about: `score enter`, `score correct` and `double-entry resolve`.
struct MarkOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The judge whose mark it is.", valueName: "id"))
    var judge: JudgeID

    @Option(help: ArgumentHelp("The competitor's number (参赛号).", valueName: "number"))
    var number: CompetitorNumber

    @Option(help: ArgumentHelp("The round.", valueName: "id"))
    var round: RoundID

    @Option(help: ArgumentHelp("The criterion, for a round marked by criteria.", valueName: "id"))
    var criterion: CriterionID?

    /// The mark with its score as typed.
    func input(score: String) -> MarkInput {
        MarkInput(judge: judge, number: number, round: round, criterion: criterion, score: score)
    }
}
