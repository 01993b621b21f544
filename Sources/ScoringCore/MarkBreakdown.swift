/// One competitor's marks in one round as a person checks them: each judge's round mark (the
/// sum of their criterion marks where there are criteria) and whether the round score counts it.
public struct MarkBreakdown: Equatable, Sendable {
    public struct JudgeMark: Equatable, Sendable {
        public var judge: JudgeID
        /// Per criterion, in the round's criterion order; empty for a round without criteria.
        public var criteria: [CriterionID: Points]
        public var mark: Points
        /// False for a mark the aggregation leaves out (trimmed mean's highest and lowest,
        /// median's outer marks).
        public var counted: Bool
    }

    /// Judges with a complete round mark, by judge id.
    public let judges: [JudgeMark]
    /// The round score from these marks (SCORING.md §2); nil when they are too few.
    public let score: Points?

    /// `marks` are one competitor's marks of this round.
    public init(round: Round, marks: [Mark]) {
        var judges: [JudgeMark] = []
        for (judge, entries) in Dictionary(grouping: marks, by: \.judge).sorted(by: { $0.key < $1.key }) {
            if round.criteria.isEmpty {
                judges.append(JudgeMark(judge: judge, criteria: [:], mark: entries[0].value, counted: true))
                continue
            }
            let criteria = Dictionary(
                entries.compactMap { entry in entry.criterion.map { ($0, entry.value) } },
                uniquingKeysWith: { first, _ in first })
            guard round.criteria.allSatisfy({ criteria[$0.id] != nil }) else { continue }
            judges.append(
                JudgeMark(
                    judge: judge, criteria: criteria, mark: criteria.values.reduce(.zero, +), counted: true))
        }
        let counted = round.aggregate.counted(judges.map(\.mark))
        for index in judges.indices { judges[index].counted = counted[index] }
        self.judges = judges
        score = round.aggregate.score(of: judges.map(\.mark))
    }
}

extension Aggregation {
    /// Which of `marks` (in the order given) the round score uses. Equal marks at an edge:
    /// the earlier one is shown dropped at the low end, the later at the high end; the score
    /// is the same whichever it is.
    public func counted(_ marks: [Points]) -> [Bool] {
        let order = marks.indices.sorted { (marks[$0], $0) < (marks[$1], $1) }
        var counted = [Bool](repeating: true, count: marks.count)
        let dropped: Int
        switch self {
        case .single, .mean: dropped = 0
        case .trimmedMean(let trim): dropped = marks.count > 2 * trim ? trim : 0
        case .median: dropped = (marks.count - 1) / 2
        }
        for position in order.prefix(dropped) + order.suffix(dropped) { counted[position] = false }
        return counted
    }
}
