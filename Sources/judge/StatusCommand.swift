import ArgumentParser
import ScoreStore
import ScoringCore

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
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
        // Marks in, per trade and round: one pass over the marks, not one per trade.
        let tradeOf = Dictionary(uniqueKeysWithValues: input.competitors.map { ($0.number, $0.trade) })
        var marksIn: [TradeID: [RoundID: Int]] = [:]
        for mark in input.marks {
            if let trade = tradeOf[mark.number] { marksIn[trade, default: [:]][mark.round, default: 0] += 1 }
        }
        for (index, trade) in results.enumerated() {
            if index > 0 { print() }
            let rows = trade.rows
            let active = rows.filter { $0.competitor.status == .active }
            print("\(trade.trade.name) (\(trade.trade.id)): \(rows.count) competitors, \(active.count) active")
            for (roundIndex, round) in input.competition.rounds.enumerated() {
                let marks = marksIn[trade.trade.id]?[round.id] ?? 0
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
        try printDoubleEntries(store, input.competition, trades: Set(results.map(\.trade.id)))
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

    /// Its own section: marks of double-entry rounds that do not count yet (never their values).
    private func printDoubleEntries(_ store: ScoreDatabase, _ competition: Competition, trades: Set<TradeID>) throws {
        guard competition.rounds.contains(where: \.doubleEntry) else { return }
        let open = try store.openDoubleEntries().filter { trades.contains($0.trade) }
        let disagreements = open.filter(\.isDisagreement).count
        print()
        print(
            "double entry (双人录入): \(disagreements) disagreement\(disagreements == 1 ? "" : "s"),",
            "\(open.count - disagreements) waiting for a second clerk")
        for entry in open {
            print("  \(entry.trade) / \(entry.round): \(entry.description)")
        }
    }
}
