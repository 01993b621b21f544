import ArgumentParser
import ScoreStore
import ScoringCore

struct ScoreEnter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enter",
        abstract: "Enter one mark (or one criterion mark) at the judges' table.",
        discussion: """
            Prints what was stored (competitor, round, judge, value) so a typo is seen at once.
            Example: judge score enter --judge J1 --number 12 --round practical --criterion skill 52.5
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The judge giving the mark.", valueName: "id"))
    var judge: String

    @Option(help: ArgumentHelp("The competitor's number (参赛号).", valueName: "number"))
    var number: String

    @Option(help: ArgumentHelp("The round.", valueName: "id"))
    var round: String

    @Option(help: ArgumentHelp("The criterion, for a round marked by criteria.", valueName: "id"))
    var criterion: String = ""

    @Flag(help: "Replace a mark that is already stored; the old value is kept in the history.")
    var replace = false

    @Argument(help: ArgumentHelp("The mark, at most 2 decimal places.", valueName: "score"))
    var score: String

    func run() throws {
        let store = try database.open()
        let row = MarkRow(line: 0, number: number, round: round, judge: judge, score: score, criterion: criterion)
        let entered: EnteredMark
        do {
            entered = try store.enterMark(row, clerk: judge, replace: replace)
        } catch let refusal as EntryRefusal {
            let place = refusal.field == "score" ? "score" : "--\(refusal.field)"
            throw UserError("\(place) \"\(refusal.value)\": \(refusal.problem)")
        }
        try store.close()
        var what = "\(entered.round.name) (\(entered.round.id))"
        if let criterion = entered.criterion { what += " / \(criterion.name) (\(criterion.id))" }
        let was = entered.replaced.map { ", replacing \($0)" } ?? ""
        print(
            "stored \(entered.value)\(was): competitor \(entered.number) \(entered.competitorName) (\(entered.unit)),",
            "\(what), judge \(entered.judge.id) \(entered.judge.name)")
        if entered.status != .active {
            print(
                "note: competitor \(entered.number) is \(entered.status.rawValue) on the roster: the mark is kept but not scored"
            )
        }
    }
}
