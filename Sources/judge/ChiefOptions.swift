import ArgumentParser
import Messages
import ScoringCore

/// Who does a privileged act (lock, unlock, correct, rule on an appeal): a judge whose entry
/// in the competition file says `chief: true` (checked by the use case, with the chief's PIN).
struct ChiefOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Phrase.optionChief.text(), valueName: "judge id"))
    var chief: JudgeID
}
