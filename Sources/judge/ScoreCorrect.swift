import ArgumentParser
import Messages
import Officiating
import ScoringCore
import StoreValues

struct ScoreCorrect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: Phrase.abstractScoreCorrect.text(),
        discussion: Phrase.discussScoreCorrect.template(in: .current))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var mark: MarkOptions
    @OptionGroup var chief: ChiefOptions

    @Option(help: ArgumentHelp(Phrase.argCorrectedMark.text(), valueName: "score"))
    var value: String

    @Option(help: ArgumentHelp(Phrase.argCorrectReason.text(), valueName: "text"))
    var reason: String

    func run() throws {
        let venue = try database.open()
        let correction = try MarkEcho.refusingAsOptions(score: "--value") {
            try CorrectMark(
                mark: mark.input(score: value),
                chief: AuthorizeChief(chief: chief.chief, action: "judge score correct"),
                reason: reason
            ).run(in: venue, pin: PINEntry.read)
        }
        try venue.close()
        var what = "\(correction.round.name) (\(correction.round.id))"
        if let criterion = correction.criterion { what += " / \(criterion.name) (\(criterion.id))" }
        print(
            Phrase.correctDone.text([
                "old": "\(correction.old)", "new": "\(correction.new)", "number": "\(correction.number)",
                "name": correction.competitorName, "what": what, "judge": "\(correction.judge.id)",
                "judgeName": correction.judge.name,
            ]))
        if let lock = correction.lock {
            print(
                Phrase.correctStaysLocked.text([
                    "trade": "\(lock.trade)", "round": "\(lock.round)", "chief": "\(lock.chief)",
                    "at": LocalTime.text(stored: lock.lockedAt),
                ]))
        }
        if let flag = correction.flag {
            print(Phrase.correctFlagged.text(["flag": flag.text(in: .current)]))
        }
    }
}
