import ArgumentParser
import ScoreStore
import ScoringCore

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Per trade and round: marks in, competitors complete, every missing mark, locks and max_spread flags."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Only this trade.", valueName: "id"))
    var trade: String?

    func run() throws {
        let store = try database.openForReading()
        let input = try store.scoringInput()
        let locks = try store.roundLocks()
        let confirmations = try store.spreadConfirmations()
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
                let lock = locks.first { $0.trade == trade.trade.id && $0.round == round.id }
                print(
                    "  \(round.name) (\(round.id)): \(scored) scored, \(waiting) waiting for marks, \(marks) marks in"
                        + (lock.map { ", locked by \($0.chief) at \($0.lockedAt)" } ?? ""))
            }
            if trade.isFinal {
                print("  final sheet: ready")
            } else {
                print("  final sheet: blocked by \(trade.problems.count):")
                for problem in trade.problems { print("    \(problem)") }
            }
            printFlags(SpreadReview(flags: trade.flags, confirmations: confirmations))
        }
    }

    /// Unconfirmed flags block `judge lock`; confirmed ones say by whom and why.
    private func printFlags(_ review: SpreadReview) {
        guard !review.items.isEmpty else { return }
        let open = review.unconfirmed.count
        print("  max_spread flags: \(review.items.count), \(open) to confirm or correct before locking:")
        for item in review.items {
            let confirmed = item.confirmation.map {
                "; confirmed by \($0.chief) at \($0.confirmedAt): \($0.reason)"
            }
            print("    \(item.flag)\(confirmed ?? "")")
        }
    }
}
