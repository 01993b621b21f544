import ArgumentParser
import ScoringCore

/// Who does a privileged act (lock, unlock, correct, rule on an appeal): a judge whose entry
/// in the competition file says `chief: true` (checked by the use case, with the chief's PIN).
struct ChiefOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The chief judge (裁判长) doing this, by judge id.", valueName: "judge id"))
    var chief: JudgeID
}
