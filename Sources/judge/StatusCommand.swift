import ArgumentParser
import ScoreStore
import ScoringCore

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Per trade and round: marks in, competitors complete, and every missing mark.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Only this trade.", valueName: "id"))
    var trade: String?

    func run() throws {
        let input = try database.openForReading().scoringInput()
        let results = try TradeSelection.results(input, trade: trade)
        let marksPerRound = Dictionary(grouping: input.marks) { $0.round }
        let tradeOf = Dictionary(uniqueKeysWithValues: input.competitors.map { ($0.number, $0.trade) })
        for (index, trade) in results.enumerated() {
            if index > 0 { print() }
            let rows = trade.rows
            let active = rows.filter { $0.competitor.status == .active }
            print("\(trade.trade.name) (\(trade.trade.id)): \(rows.count) competitors, \(active.count) active")
            for (roundIndex, round) in input.competition.rounds.enumerated() {
                let marks = (marksPerRound[round.id] ?? []).filter { tradeOf[$0.number] == trade.trade.id }.count
                let missing = Set(trade.problems.filter { $0.round == round.id }.map(\.number))
                let scored = active.filter { $0.scores[roundIndex] != nil }.count
                let waiting = missing.count
                print(
                    "  \(round.name) (\(round.id)): \(scored) scored, \(waiting) waiting for marks, \(marks) marks in")
            }
            if trade.isFinal {
                print("  final sheet: ready")
            } else {
                print("  final sheet: blocked by \(trade.problems.count):")
                for problem in trade.problems { print("    \(problem)") }
            }
        }
    }
}
