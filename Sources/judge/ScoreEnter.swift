import ArgumentParser
import Foundation
import Messages
import Officiating
import ScoringCore
import StoreValues

struct ScoreEnter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enter",
        abstract: Phrase.abstractScoreEnter.text(),
        discussion: Phrase.discussScoreEnter.template(in: .current))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var mark: MarkOptions

    @Option(help: ArgumentHelp(Phrase.argTypist.text(), valueName: "name"))
    var clerk: String?

    @Flag(help: ArgumentHelp(Phrase.optionReplaceMark.text()))
    var replace = false

    @Argument(help: ArgumentHelp(Phrase.argMark.text(), valueName: "score"))
    var score: String

    func run() throws {
        let venue = try database.open()
        let entered = try MarkEcho.refusingAsOptions {
            try EnterMark(mark: mark.input(score: score), clerk: clerk, replace: replace).run(
                in: venue, pin: PINEntry.read)
        }
        try venue.close()
        let values = ["value": entered.value.description, "what": MarkEcho.describe(entered, withValue: false)]
        switch entered.doubleEntry {
        case nil:
            let was = entered.replaced.map { Phrase.markReplacing.text(["old": $0.description]) } ?? ""
            print(Phrase.markStored.text(values.merging(["was": was]) { $1 }))
        case .confirmed?:
            print(Phrase.markBothAgree.text(values))
        case .awaitingSecond?:
            print(Phrase.markFirstEntry.text(values))
        case .disagreement?:
            print(Phrase.markDisagrees.text(values))
        }
        if entered.status != .active {
            print(Phrase.markNotScored.text(["number": entered.number.rawValue, "status": entered.status.rawValue]))
        }
    }
}

/// How typed marks are echoed and refused.
enum MarkEcho {
    /// `competitor 12 张三 (甲公司), 实际操作 (practical) / 操作技能 (skill), judge J1 王芳`.
    static func describe(_ entered: EnteredMark, withValue: Bool = true) -> String {
        var what = "\(entered.round.name) (\(entered.round.id))"
        if let criterion = entered.criterion { what += " / \(criterion.name) (\(criterion.id))" }
        let text = Phrase.markWhat.text(
            [
                "number": entered.number.rawValue, "name": entered.competitorName, "unit": entered.unit, "what": what,
                "judge": entered.judge.id.rawValue, "judgeName": entered.judge.name,
            ])
        return withValue ? "\(entered.value) for \(text)" : text
    }

    /// A refused row names the option at fault, as typed; `score` is how the value was given.
    static func refusingAsOptions<T>(score: String = "score", _ entry: () throws -> T) throws -> T {
        do {
            return try entry()
        } catch var refusal as Refusal {
            if case .row(_, _, _, let field?)? = refusal.place {
                refusal.place = .option(field == .score ? score : "--\(field.rawValue)")
            }
            throw refusal
        }
    }
}
