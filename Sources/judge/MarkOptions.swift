import ArgumentParser
import Messages
import Officiating
import ScoringCore

/// Which mark a command is about: `score enter`, `score correct` and `double-entry resolve`.
struct MarkOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Phrase.optionJudge.text(), valueName: "id"))
    var judge: JudgeID

    @Option(help: ArgumentHelp(Phrase.optionNumber.text(), valueName: "number"))
    var number: CompetitorNumber

    @Option(help: ArgumentHelp(Phrase.optionRound.text(), valueName: "id"))
    var round: RoundID

    @Option(help: ArgumentHelp(Phrase.optionCriterion.text(), valueName: "id"))
    var criterion: CriterionID?

    /// The mark with its score as typed.
    func input(score: String) -> MarkInput {
        MarkInput(judge: judge, number: number, round: round, criterion: criterion, score: score)
    }
}
