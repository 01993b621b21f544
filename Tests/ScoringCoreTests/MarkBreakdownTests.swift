import Testing

@testable import ScoringCore

/// Which marks a round score counts, as the score detail sheet and the judges' report show them.
struct MarkBreakdownTests {
    private func points(_ values: [Int64]) -> [Points] { values.map { Points(hundredths: $0 * 100) } }

    @Test func aTrimmedMeanDropsTheHighestAndLowest() {
        #expect(
            Aggregation.trimmedMean(trim: 1).counted(points([90, 80, 95, 85, 88])) == [true, false, false, true, true])
        #expect(
            Aggregation.trimmedMean(trim: 2).counted(points([1, 2, 3, 4, 5])) == [false, false, true, false, false])
    }

    @Test func equalMarksAtAnEdgeDropTheEarlierLowAndTheLaterHigh() {
        #expect(Aggregation.trimmedMean(trim: 1).counted(points([85, 85, 85])) == [false, true, false])
    }

    @Test func meanAndSingleCountEverythingAndAMedianOnlyTheMiddle() {
        #expect(Aggregation.mean.counted(points([1, 9, 5])) == [true, true, true])
        #expect(Aggregation.single.counted(points([7])) == [true])
        #expect(Aggregation.median.counted(points([9, 1, 5])) == [false, false, true])
        #expect(Aggregation.median.counted(points([4, 1, 3, 2])) == [false, false, true, true])
    }

    @Test func criterionMarksAddUpToAJudgesMarkAndAnIncompleteJudgeIsLeftOut() {
        let round = Round(
            id: "practical", name: "实操", max: Points(whole: 100), weight: Points(whole: 100),
            aggregate: .trimmedMean(trim: 1), judges: 3,
            criteria: [
                Criterion(id: "a", name: "准备", max: Points(whole: 40)),
                Criterion(id: "b", name: "技能", max: Points(whole: 60)),
            ])
        func mark(_ judge: String, _ criterion: String, _ value: Int64) -> Mark {
            Mark(
                number: "1", round: "practical", judge: JudgeID(judge), criterion: CriterionID(criterion),
                value: Points(hundredths: value))
        }
        let breakdown = MarkBreakdown(
            round: round,
            marks: [
                mark("J1", "a", 3000), mark("J1", "b", 5050), mark("J2", "a", 3500), mark("J2", "b", 5000),
                mark("J3", "a", 2000), mark("J3", "b", 4000), mark("J4", "a", 3900),
            ])
        #expect(breakdown.judges.map(\.judge) == ["J1", "J2", "J3"])
        #expect(
            breakdown.judges.map(\.mark) == [
                Points(hundredths: 8050), Points(hundredths: 8500), Points(hundredths: 6000),
            ])
        #expect(breakdown.judges.map(\.counted) == [true, false, false])
        #expect(breakdown.score == Points(hundredths: 8050))
        #expect(breakdown.judges[0].criteria["b"] == Points(hundredths: 5050))
    }
}
