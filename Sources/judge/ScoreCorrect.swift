import ArgumentParser
import Officiating
import ScoringCore

struct ScoreCorrect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct one stored mark (chief judge), with a reason; the only way to change a locked mark.",
        discussion: """
            Works on locked and unlocked rounds; a locked round stays locked. The old value is kept
            in the mark's history and the reason in the audit log.
            Example: judge score correct --number 12 --round practical --judge J1 --criterion skill \\
                       --value 52.5 --reason "评分表合计抄错" --chief J9
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var mark: MarkOptions
    @OptionGroup var chief: ChiefOptions

    @Option(help: ArgumentHelp("The corrected mark, at most 2 decimal places.", valueName: "score"))
    var value: String

    @Option(help: ArgumentHelp("Why the mark is corrected (required).", valueName: "text"))
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
            "corrected \(correction.old) → \(correction.new): competitor \(correction.number) \(correction.competitorName),",
            "\(what), judge \(correction.judge.id) \(correction.judge.name)")
        if let lock = correction.lock {
            print("\(lock.description) and stays locked")
        }
        if let flag = correction.flag {
            print("note: flagged by max_spread: \(flag); confirm with `judge flags confirm` or correct further")
        }
    }
}
