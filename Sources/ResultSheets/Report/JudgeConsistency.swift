public import ScoringCore

/// How each judge of a round marks against the panel (WorldSkills CIS-style): marks given, mean,
/// range, mean deviation from the round score, how often the aggregation dropped their mark,
/// and the competitors where they differ most. Exact hundredths throughout.
public struct JudgeConsistency: Sendable {
    public struct Deviation: Equatable, Sendable {
        public var number: CompetitorNumber
        public var name: String
        /// The judge's round mark minus the round score, in hundredths (signed).
        public var hundredths: Int64
    }

    public struct JudgeSummary: Equatable, Sendable {
        public var judge: JudgeID
        public var marks: [Points]
        public var deviations: [Deviation]
        public var dropped: Int

        public var count: Int { marks.count }
        public var mean: Points { Points(hundredths: Self.mean(marks.map(\.hundredths))) }
        public var lowest: Points { marks.min() ?? .zero }
        public var highest: Points { marks.max() ?? .zero }
        public var meanDeviation: Int64 { Self.mean(deviations.map(\.hundredths)) }
        public var meanAbsoluteDeviation: Int64 { Self.mean(deviations.map { abs($0.hundredths) }) }
        /// The largest differences first, at most `limit`.
        public func largest(_ limit: Int) -> [Deviation] {
            Array(
                deviations.sorted {
                    abs($0.hundredths) != abs($1.hundredths)
                        ? abs($0.hundredths) > abs($1.hundredths) : $0.number < $1.number
                }.prefix(limit))
        }

        /// Half-up away from zero (四舍五入 on the magnitude), in hundredths.
        static func mean(_ values: [Int64]) -> Int64 {
            guard !values.isEmpty else { return 0 }
            let sum = values.reduce(Int64(0), +)
            let count = Int64(values.count)
            let magnitude = (2 * abs(sum) + count) / (2 * count)
            return sum < 0 ? -magnitude : magnitude
        }
    }

    public struct RoundSummary: Equatable, Sendable {
        public var round: Round
        public var judges: [JudgeSummary]
        /// Competitors with a round score from two or more judges.
        public var competitors: Int
    }

    /// Rounds where two or more judges mark a competitor; single-judge rounds have no panel to compare with.
    public let rounds: [RoundSummary]

    public init(_ results: TradeResults, of competition: Competition, marks: [CompetitorNumber: [Mark]]) {
        var rounds: [RoundSummary] = []
        for (index, round) in competition.rounds.enumerated() {
            var byJudge: [JudgeID: JudgeSummary] = [:]
            var competitors = 0
            for row in results.rows {
                guard let score = row.scores[index] else { continue }
                let breakdown = MarkBreakdown(
                    round: round, marks: (marks[row.competitor.number] ?? []).filter { $0.round == round.id })
                guard breakdown.judges.count >= 2 else { continue }
                competitors += 1
                for mark in breakdown.judges {
                    var summary =
                        byJudge[mark.judge] ?? JudgeSummary(judge: mark.judge, marks: [], deviations: [], dropped: 0)
                    summary.marks.append(mark.mark)
                    summary.deviations.append(
                        Deviation(
                            number: row.competitor.number, name: row.competitor.name,
                            hundredths: mark.mark.hundredths - score.hundredths))
                    if !mark.counted { summary.dropped += 1 }
                    byJudge[mark.judge] = summary
                }
            }
            guard competitors > 0 else { continue }
            let order = competition.judges.map(\.id)
            let judges = byJudge.values.sorted {
                (order.firstIndex(of: $0.judge) ?? order.count, $0.judge) < (
                    order.firstIndex(of: $1.judge) ?? order.count, $1.judge
                )
            }
            rounds.append(RoundSummary(round: round, judges: judges, competitors: competitors))
        }
        self.rounds = rounds
    }

    /// "+8.50", "-0.25", "0.00".
    public static func signed(_ hundredths: Int64) -> String {
        let points = Points(hundredths: abs(hundredths))
        return hundredths > 0 ? "+\(points)" : hundredths < 0 ? "-\(points)" : "\(points)"
    }
}
