import ScoringCore
import Testing

struct AggregationTests {
    /// (method, marks, expected round score or nil when too few marks)
    @Test(arguments: [
        // 去掉最高分和最低分: (85 + 88 + 90) / 3 = 87.666… → 87.67
        (Aggregation.trimmedMean(trim: 1), ["82", "85", "88", "90", "95"], "87.67" as String?),
        (.trimmedMean(trim: 1), ["95", "82", "90", "85", "88"], "87.67"),
        // Only one of each repeated extreme is dropped: (80 + 85 + 90) / 3
        (.trimmedMean(trim: 1), ["80", "80", "85", "90", "90"], "85.00"),
        (.trimmedMean(trim: 1), ["70", "80", "90"], "80.00"),
        (.trimmedMean(trim: 2), ["10", "20", "30", "40", "50"], "30.00"),
        (.trimmedMean(trim: 2), ["10", "20", "31", "40", "50", "60"], "35.50"),
        (.trimmedMean(trim: 0), ["80", "81"], "80.50"),
        (.trimmedMean(trim: 1), ["80", "90"], nil),
        (.trimmedMean(trim: 2), ["1", "2", "3", "4"], nil),
        // mean, half-up: 80.015 → 80.02 (banker's rounding would give 80.02 too), 80.005 → 80.01, 80.025 → 80.03
        (.mean, ["80.01", "80.02"], "80.02"),
        (.mean, ["80.00", "80.01"], "80.01"),
        (.mean, ["80.02", "80.03"], "80.03"),
        (.mean, ["85", "86", "86"], "85.67"),
        (.mean, ["85", "85", "86"], "85.33"),
        (.mean, ["100"], "100.00"),
        (.mean, ["0", "0"], "0.00"),
        (.mean, [], nil),
        // median: odd takes the middle, even the half-up mean of the two middle marks
        (.median, ["70", "90", "80"], "80.00"),
        (.median, ["1", "100", "99", "2", "50"], "50.00"),
        (.median, ["80.01", "80.02"], "80.02"),
        (.median, ["90", "80.01", "80.02", "10"], "80.02"),
        (.median, ["80.02", "80.03", "0", "100"], "80.03"),
        (.median, ["42.42"], "42.42"),
        (.median, [], nil),
        // single: exactly one mark
        (.single, ["77.77"], "77.77"),
        (.single, [], nil),
        (.single, ["70", "80"], nil),
    ])
    func roundScore(method: Aggregation, marks: [String], expected: String?) {
        #expect(method.score(of: marks.map(Points.p)) == expected.map(Points.p))
    }

    @Test(arguments: [
        (Aggregation.single, 1), (.mean, 1), (.median, 1), (.trimmedMean(trim: 1), 3), (.trimmedMean(trim: 2), 5),
        (.trimmedMean(trim: 0), 1),
    ])
    func minimumMarks(method: Aggregation, needed: Int) {
        #expect(method.minimumMarks == needed)
    }

    /// Criteria are summed per judge first, then the judges' sums are aggregated:
    /// sums 50, 60, 40 → trimmed mean 50. Trimming each criterion instead would give 20 + 20 = 40.
    @Test func criteriaAreSummedPerJudgeThenAggregated() {
        let round = Round(
            id: "practical", name: "实操", max: Points(whole: 100), weight: Points(whole: 100),
            aggregate: .trimmedMean(trim: 1), judges: 3,
            criteria: [
                Criterion(id: "a", name: "A", max: Points(whole: 40)),
                Criterion(id: "b", name: "B", max: Points(whole: 60)),
            ])
        let competition = Competition(
            id: "c", name: "C", trades: [Fixture.trade], rounds: [round], judges: Fixture.judges(3))
        let given: [(JudgeID, CriterionID, String)] = [
            ("j1", "a", "40"), ("j1", "b", "10"),
            ("j2", "a", "0"), ("j2", "b", "60"),
            ("j3", "a", "20"), ("j3", "b", "20"),
        ]
        let marks = given.map { Mark(number: "1", round: "practical", judge: $0.0, criterion: $0.1, value: .p($0.2)) }
        let results = sheet(competition, [Fixture.competitor("1")], marks)
        #expect(results.isFinal)
        #expect(results.row("1")?.scores == [.p("50")])
        #expect(results.row("1")?.total == .p("50"))
    }

    /// Criterion sums with hundredths: judge sums 33.33 + 33.34 and 33.34 + 33.34 → mean 66.675 → 66.68.
    @Test func criterionSumsKeepHundredthsUntilTheRoundScore() {
        let round = Round(
            id: "r", name: "R", max: Points(whole: 100), weight: Points(whole: 100), aggregate: .mean, judges: 2,
            criteria: [
                Criterion(id: "a", name: "A", max: Points(whole: 50)),
                Criterion(id: "b", name: "B", max: Points(whole: 50)),
            ])
        let competition = Competition(
            id: "c", name: "C", trades: [Fixture.trade], rounds: [round], judges: Fixture.judges(2))
        let marks = [
            Mark(number: "1", round: "r", judge: "j1", criterion: "a", value: .p("33.33")),
            Mark(number: "1", round: "r", judge: "j1", criterion: "b", value: .p("33.34")),
            Mark(number: "1", round: "r", judge: "j2", criterion: "b", value: .p("33.34")),
            Mark(number: "1", round: "r", judge: "j2", criterion: "a", value: .p("33.34")),
        ]
        let results = sheet(competition, [Fixture.competitor("1")], marks)
        #expect(results.row("1")?.scores == [.p("66.68")])
    }
}

struct TotalTests {
    /// 85.50 × 30% + 78.25 × 70% = 25.65 + 54.775 = 80.425 → 80.43 (a Double gives 80.42).
    @Test func weightedTotalIsExactThenHalfUp() {
        let competition = Fixture.theoryPractical()
        #expect(competition.total(of: [.p("85.50"), .p("78.25")]) == .p("80.43"))
        // (As a Double, 80.425 is 80.42499999999999715…, which prints as 80.42.)

        let results = sheet(
            competition, [Fixture.competitor("1")],
            Fixture.marks("1", ["85.50", "78.25"], rounds: ["theory", "practical"]))
        #expect(results.row("1")?.scores == [.p("85.50"), .p("78.25")])
        #expect(results.row("1")?.total == .p("80.43"))
    }

    /// (max, weight) per round, rounded round scores, expected total.
    @Test(arguments: [
        // weight = max gives a plain sum
        ([("30", "30"), ("70", "70")], ["25.50", "60.25"], "85.75"),
        // one rounding only: 26.664 + 41.6625 = 68.3265 → 68.33 (rounding each term would give 68.32)
        ([("50", "40"), ("80", "60")], ["33.33", "55.55"], "68.33"),
        // 33.33% three ways
        ([("100", "33.33"), ("100", "33.33"), ("100", "33.34")], ["90", "80", "70"], "80.00"),
        // 1/3 weight of a max-30 round: 50 × 10/30 = 16.666… + 50 × 50 / 100 = 25 → 41.67
        ([("30", "50"), ("100", "50")], ["10", "50"], "41.67"),
        // exactly half a hundredth rounds up: 0.005
        ([("100", "50"), ("100", "50")], ["0.01", "0"], "0.01"),
        ([("100", "50"), ("100", "50")], ["0", "0"], "0.00"),
        ([("100", "50"), ("100", "50")], ["100", "100"], "100.00"),
        // max 12.5 weight 20: 12.5/12.5 × 20 = 20; 40 × 80/100 = 32
        ([("12.5", "20"), ("100", "80")], ["12.5", "40"], "52.00"),
    ])
    func total(rounds: [(String, String)], scores: [String], expected: String) {
        let competition = Competition(
            id: "c", name: "C", trades: [Fixture.trade],
            rounds: rounds.enumerated().map { index, round in
                Round(id: RoundID("r\(index)"), name: "R", max: .p(round.0), weight: .p(round.1))
            },
            judges: Fixture.judges(1))
        #expect(competition.total(of: scores.map(Points.p)) == .p(expected))
    }

    /// Round scores are rounded before the total: mean 80.005 → 80.01, then 80.01 × 100% = 80.01.
    /// (Weighting the unrounded 80.005 would also give 80.01, so use 50/50 to tell them apart:
    /// rounded 80.01 × 50% + 0 = 40.005 → 40.01; unrounded 80.005 × 50% = 40.0025 → 40.00.)
    @Test func totalUsesRoundedRoundScores() {
        let competition = Competition(
            id: "c", name: "C", trades: [Fixture.trade],
            rounds: [
                Round(id: "a", name: "A", max: Points(whole: 100), weight: Points(whole: 50), aggregate: .mean),
                Round(id: "b", name: "B", max: Points(whole: 100), weight: Points(whole: 50), aggregate: .mean),
            ],
            judges: Fixture.judges(2))
        let marks = [
            Mark(number: "1", round: "a", judge: "j1", value: .p("80.00")),
            Mark(number: "1", round: "a", judge: "j2", value: .p("80.01")),
            Mark(number: "1", round: "b", judge: "j1", value: .p("0")),
        ]
        let results = sheet(competition, [Fixture.competitor("1")], marks)
        #expect(results.row("1")?.scores == [.p("80.01"), .p("0")])
        #expect(results.row("1")?.total == .p("40.01"))
    }
}
