import Messages
import ScoreStore
public import ScoringCore
import StoreValues

/// One round of one trade as the board and the chief's console count it: `expected` the
/// competitors admitted to the round, `entered` those of them whose marks are complete;
/// `missing` and `flags` as `judge status` lists them.
public struct RoundState: Sendable, Equatable {
    public let trade: Trade
    public let round: Round
    public let expected: Int
    public let entered: Int
    public let locked: Bool
    public let missing: [String]
    public let flags: [String]
    /// The same flags with their marks, for the console to confirm one by competitor.
    public let flagged: [SpreadFlag]

    /// Every trade and round, counted from the scoring core's own results.
    public static func read(_ venue: Venue) throws -> (
        competition: Competition, trades: [(results: TradeResults, rounds: [RoundState])]
    ) {
        let store = venue.store
        let scored = try store.scoredCompetition()
        let locks = try store.roundLocks()
        let confirmations = try store.spreadConfirmations()
        let competition = scored.competition
        let trades = scored.trades.map { trade in
            let review = SpreadReview(flags: trade.flags, confirmations: confirmations)
            let rounds = competition.rounds.enumerated().map { index, round in
                let problems = trade.problems.filter { $0.round == round.id && $0.kind == .missing }
                let scored = Set(
                    trade.rows.filter { $0.competitor.status == .active && $0.scores[index] != nil }
                        .map(\.competitor.number))
                let waiting = Set(problems.map(\.number))
                return RoundState(
                    trade: trade.trade, round: round, expected: scored.union(waiting).count, entered: scored.count,
                    locked: locks.contains { $0.trade == trade.trade.id && $0.round == round.id },
                    // As `judge status` lists them, in the service's language (Chinese).
                    missing: problems.map { $0.text(in: .zh) },
                    flags: review.unconfirmed.filter { $0.round == round.id }.map { $0.text(in: .zh) },
                    flagged: review.unconfirmed.filter { $0.round == round.id })
            }
            return (trade, rounds)
        }
        return (competition, trades)
    }
}
