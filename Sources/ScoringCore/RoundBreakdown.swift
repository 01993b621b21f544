/// One competitor's marks in one round as the rules read them (SCORING.md §2): each judge's
/// round mark, the judges whose marks the aggregate leaves out, and the round score. For
/// showing a competitor's marks; the sheet's scores come from `Scoring`, which uses the same
/// `RoundOutcome`.
public struct RoundBreakdown: Sendable {
    /// Judges whose round mark is complete, in judge-id order, with that mark.
    public let judgeMarks: [SpreadFlag.JudgeMark]
    /// The judges whose round marks a trimmed mean dropped (去掉最高分和最低分).
    public let dropped: Set<JudgeID>
    /// nil while marks are missing.
    public let score: Points?

    public init(round: Round, number: CompetitorNumber, marks: [Mark]) {
        let outcome = RoundOutcome(
            round: round, number: number, marks: marks.filter { $0.round == round.id }, panel: [])
        judgeMarks = outcome.judgeMarks
        score = outcome.score
        let marks = outcome.judgeMarks
        dropped =
            outcome.score == nil
            ? [] : Set(round.aggregate.droppedPositions(of: marks.map(\.mark)).map { marks[$0].judge })
    }
}

extension Aggregation {
    /// The positions in `marks` of those the score leaves out: a trimmed mean's `trim` lowest
    /// and `trim` highest. Of equal marks, the one given earlier in `marks` counts as lower, so the
    /// dropped set is the same values `score(of:)` drops.
    public func droppedPositions(of marks: [Points]) -> [Int] {
        guard case .trimmedMean(let trim) = self, trim > 0, marks.count >= minimumMarks else { return [] }
        let order = marks.indices.sorted { (marks[$0].hundredths, $0) < (marks[$1].hundredths, $1) }
        return Array(order.prefix(trim) + order.suffix(trim))
    }
}
