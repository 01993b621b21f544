import Messages
import ScoringCore

/// One round of one trade as `judge status` sums it up: of the marks the admitted active
/// competitors need, how many are in and how many are missing. Counted from the scoring
/// core's own results (scores and missing-mark lines), so it never disagrees with a sheet.
struct RoundProgress: CustomStringConvertible {
    let expected: Int
    let missing: Int
    let scored: Int
    let admitted: Int

    init(_ round: Round, at index: Int, of trade: TradeResults) {
        // A judge's mark in a round with criteria is one mark per criterion.
        let perJudge = max(1, round.criteria.count)
        let problems = trade.problems.filter { $0.round == round.id && $0.kind == .missing }
        let waiting = Set(problems.map(\.number))
        let scoredNumbers = Set(
            trade.rows.filter { $0.competitor.status == .active && $0.scores[index] != nil }.map(\.competitor.number))
        scored = scoredNumbers.count
        admitted = scoredNumbers.union(waiting).count
        expected = admitted * round.requiredMarks * perJudge
        missing = problems.reduce(0) { sum, problem in
            let judges = problem.judge == nil ? problem.count : 1
            return sum + judges * (problem.criterion == nil ? perJudge : 1)
        }
    }

    /// `10/12 marks in, 2 missing, 1 of 2 competitors scored`
    var description: String {
        Phrase.roundProgress.text(
            [
                "in": String(expected - missing), "expected": String(expected), "missing": String(missing),
                "scored": String(scored), "admitted": String(admitted),
            ])
    }
}
