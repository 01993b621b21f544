import ScoringCore
import Testing

/// Which marks a trimmed mean leaves out, as `judge competitors show` names them.
struct RoundBreakdownTests {
    static let practical = Round(
        id: "practical", name: "实际操作", max: Points(whole: 100), weight: Points(whole: 70),
        aggregate: .trimmedMean(trim: 1), judges: 5,
        criteria: [
            Criterion(id: "prep", name: "操作准备", max: Points(whole: 40)),
            Criterion(id: "skill", name: "操作技能", max: Points(whole: 60)),
        ])

    static func marks(_ values: [(JudgeID, Int64, Int64)]) -> [Mark] {
        values.flatMap { judge, prep, skill in
            [
                Mark(number: "1", round: "practical", judge: judge, criterion: "prep", value: Points(whole: prep)),
                Mark(number: "1", round: "practical", judge: judge, criterion: "skill", value: Points(whole: skill)),
            ]
        }
    }

    @Test func theHighestAndLowestJudgesAreDroppedAndTheScoreIsTheSheets() {
        // Round marks 82, 95, 85, 90, 88: drop J2's 95 and J1's 82; (85 + 90 + 88) / 3 = 87.67.
        let breakdown = RoundBreakdown(
            round: Self.practical, number: "1",
            marks: Self.marks([("J1", 30, 52), ("J2", 35, 60), ("J3", 30, 55), ("J4", 30, 60), ("J5", 30, 58)]))
        #expect(breakdown.judgeMarks.map(\.mark) == [82, 95, 85, 90, 88].map { Points(whole: $0) })
        #expect(breakdown.dropped == ["J1", "J2"])
        #expect(breakdown.score == Points(hundredths: 8767))
    }

    @Test func ofEqualMarksTheFirstJudgeCountsAsLower() {
        #expect(
            Aggregation.trimmedMean(trim: 1).droppedPositions(of: [80, 80, 85, 90, 90].map { Points(whole: $0) }) == [
                0, 4,
            ])
        #expect(
            Aggregation.trimmedMean(trim: 2).droppedPositions(of: [5, 1, 4, 2, 3].map { Points(whole: $0) }) == [
                1, 3, 2, 0,
            ])
        #expect(Aggregation.mean.droppedPositions(of: [1, 2, 3].map { Points(whole: $0) }).isEmpty)
        #expect(Aggregation.trimmedMean(trim: 1).droppedPositions(of: [1, 2].map { Points(whole: $0) }).isEmpty)
    }

    @Test func anIncompleteJudgeHasNoRoundMarkAndNothingIsDropped() {
        var marks = Self.marks([("J1", 30, 52), ("J2", 35, 60), ("J3", 30, 55), ("J4", 30, 60)])
        marks.append(Mark(number: "1", round: "practical", judge: "J5", criterion: "prep", value: Points(whole: 30)))
        let breakdown = RoundBreakdown(round: Self.practical, number: "1", marks: marks)
        #expect(breakdown.judgeMarks.map(\.judge) == ["J1", "J2", "J3", "J4"])
        #expect(breakdown.score == nil && breakdown.dropped.isEmpty)
    }
}
