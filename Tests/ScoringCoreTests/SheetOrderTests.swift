import ScoringCore
import Testing

struct SheetOrderTests {
    private let rounds: [RoundID] = ["theory", "practical"]

    @Test func sharedRankListsNumbersNumerically() {
        let entries: [(CompetitorNumber, String, String)] = [
            ("105", "80", "80"), ("A-3", "80", "80"), ("12", "80", "80"), ("7", "80", "80"),
        ]
        let results = sheet(
            Fixture.theoryPractical(), entries.map { Fixture.competitor($0.0) },
            entries.flatMap { Fixture.marks($0.0, [$0.1, $0.2], rounds: rounds) })
        #expect(results.numbers == ["7", "12", "105", "A-3"])
        #expect(results.ranks == [1, 1, 1, 1])
    }

    /// Absent, disqualified and withdrawn come last, as one group ordered by number, with nothing
    /// but their identity: no rank, round scores, total or prize, even when marks were entered.
    @Test func nonActiveRowsComeLastByNumberWithNothingFilledIn() {
        let competition = Fixture.theoryPractical(
            qualify: Qualification(after: "theory", cut: .top(2)),
            prizes: [PrizeTier(name: "一等奖", quota: .count(100))])
        let competitors = [
            Fixture.competitor("105", status: .withdrawn),
            Fixture.competitor("A-3", status: .absent),
            Fixture.competitor("12", status: .disqualified),
            Fixture.competitor("7", status: .absent),
            Fixture.competitor("2"),
            Fixture.competitor("1"),
            Fixture.competitor("300"),
        ]
        let marks = [
            ("105", "100", "100"), ("A-3", "100", "100"), ("12", "100", "100"), ("7", "100", "100"),
            ("1", "90", "90"), ("2", "80", "80"), ("300", "10", nil),
        ].flatMap { Fixture.marks(CompetitorNumber($0.0), [$0.1, $0.2], rounds: rounds) }
        let results = sheet(competition, competitors, marks)
        #expect(results.isFinal)
        #expect(results.numbers == ["1", "2", "300", "7", "12", "105", "A-3"])
        #expect(
            results.rows.map(\.standing) == [
                .ranked, .ranked, .notQualified, .absent, .disqualified, .withdrawn, .absent,
            ])
        #expect(results.ranks == [1, 2, nil, nil, nil, nil, nil])
        for row in results.rows.suffix(4) {
            #expect(row.rank == nil && row.total == nil && row.prize == nil)
            #expect(row.scores == [nil, nil])
        }
        #expect(results.rows.map { $0.prize != nil } == [true, true, false, false, false, false, false])
    }

    @Test func competitorsGoToTheirOwnTradeInCompetitionOrder() {
        let trades = [Trade(id: "b", name: "B"), Trade(id: "a", name: "A")]
        let competition = Fixture.theoryPractical(trades: trades)
        let competitors = [
            Fixture.competitor("1", trade: "a"), Fixture.competitor("2", trade: "b"),
            Fixture.competitor("3", trade: "a"),
        ]
        let marks = [("1", "50", "50"), ("2", "60", "60"), ("3", "70", "70")].flatMap {
            Fixture.marks(CompetitorNumber($0.0), [$0.1, $0.2], rounds: rounds)
        }
        let results = Scoring(competition: competition).results(competitors: competitors, marks: marks)
        #expect(results.map(\.trade) == trades)
        #expect(results[0].numbers == ["2"])
        #expect(results[0].ranks == [1])
        #expect(results[1].numbers == ["3", "1"])
        #expect(results[1].ranks == [1, 2])
    }

    @Test func aTradeWithoutCompetitorsHasAnEmptySheet() {
        let trades = [Trade(id: "t1", name: "电工"), Trade(id: "t2", name: "焊工")]
        let results = Scoring(competition: Fixture.theoryPractical(trades: trades)).results(competitors: [], marks: [])
        #expect(results.map(\.trade.id) == ["t1", "t2"])
        #expect(results.allSatisfy { $0.rows.isEmpty && $0.isFinal })
    }
}

struct CompletenessTests {
    private static let criteriaRound = Round(
        id: "practical", name: "实操", max: Points(whole: 100), weight: Points(whole: 100), aggregate: .mean, judges: 2,
        criteria: [
            Criterion(id: "a", name: "A", max: Points(whole: 40)),
            Criterion(id: "b", name: "B", max: Points(whole: 60)),
        ])

    private static func competition(_ rounds: [Round]) -> Competition {
        Competition(id: "c", name: "C", trades: [Fixture.trade], rounds: rounds, judges: Fixture.judges(5))
    }

    @Test func missingCriterionIsListedByJudgeAndCriterion() {
        let marks = [
            Mark(number: "1", round: "practical", judge: "j1", criterion: "a", value: .p("30")),
            Mark(number: "1", round: "practical", judge: "j1", criterion: "b", value: .p("50")),
            Mark(number: "1", round: "practical", judge: "j2", criterion: "a", value: .p("30")),
        ]
        let results = sheet(Self.competition([Self.criteriaRound]), [Fixture.competitor("1")], marks)
        #expect(!results.isFinal)
        #expect(
            results.problems == [
                MarkProblem(kind: .missing, number: "1", round: "practical", judge: "j2", criterion: "b")
            ])
        #expect(
            results.problems.map(\.description) == ["competitor 1, round practical, judge j2, criterion b: missing"])
        let row = results.row("1")
        #expect(row?.standing == .incomplete)
        #expect(row?.rank == nil && row?.total == nil && row?.prize == nil)
        #expect(row?.scores == [nil])
    }

    @Test func tooFewJudgesIsListedWithTheNumberStillNeeded() {
        let judges3 = Round(
            id: "theory", name: "理论", max: Points(whole: 100), weight: Points(whole: 100), aggregate: .median, judges: 3
        )
        let marks = [Mark(number: "7", round: "theory", judge: "j1", value: .p("80"))]
        let results = sheet(
            Self.competition([judges3]), [Fixture.competitor("7"), Fixture.competitor("8")],
            marks + [1, 2, 3].map { Mark(number: "8", round: "theory", judge: Fixture.judgeIDs[$0], value: .p("70")) })
        #expect(!results.isFinal)
        #expect(results.problems == [MarkProblem(kind: .missing, number: "7", round: "theory", judge: nil, count: 2)])
        #expect(results.problems.map(\.description) == ["competitor 7, round theory: 2 more judges' marks needed"])
        #expect(results.numbers == ["8", "7"])
        #expect(results.rows.map(\.standing) == [.ranked, .incomplete])
        #expect(results.ranks == [1, nil])
    }

    @Test func aMethodWithoutDeclaredJudgesNeedsItsMinimum() {
        let trimmed = Round(
            id: "r", name: "R", max: Points(whole: 100), weight: Points(whole: 100), aggregate: .trimmedMean(trim: 1))
        let marks = [
            Mark(number: "1", round: "r", judge: "j1", value: .p("80")),
            Mark(number: "1", round: "r", judge: "j2", value: .p("90")),
        ]
        let results = sheet(Self.competition([trimmed]), [Fixture.competitor("1")], marks)
        #expect(results.problems == [MarkProblem(kind: .missing, number: "1", round: "r", judge: nil, count: 1)])
        #expect(results.problems.map(\.description) == ["competitor 1, round r: 1 more judge's mark needed"])
    }

    @Test func noMarksAtAllListsEveryRound() {
        let rounds = [
            Round(id: "theory", name: "理论", max: Points(whole: 100), weight: Points(whole: 30), aggregate: .single),
            Round(id: "practical", name: "实操", max: Points(whole: 100), weight: Points(whole: 70), judges: 2),
        ]
        let results = sheet(Self.competition(rounds), [Fixture.competitor("3")], [])
        #expect(
            results.problems == [
                MarkProblem(kind: .missing, number: "3", round: "theory", judge: nil, count: 1),
                MarkProblem(kind: .missing, number: "3", round: "practical", judge: nil, count: 2),
            ])
        #expect(results.row("3")?.scores == [nil, nil])
    }

    @Test func extraMarksBeyondDeclaredJudgesAreReported() {
        let round = Round(
            id: "r", name: "R", max: Points(whole: 100), weight: Points(whole: 100), aggregate: .mean, judges: 2)
        let marks = (0..<3).map { Mark(number: "1", round: "r", judge: Fixture.judgeIDs[$0], value: .p("80")) }
        let results = sheet(Self.competition([round]), [Fixture.competitor("1")], marks)
        #expect(!results.isFinal)
        #expect(results.problems == [MarkProblem(kind: .extra, number: "1", round: "r", judge: nil, count: 1)])
        #expect(results.problems.map(\.description) == ["competitor 1, round r: 1 mark more than the round takes"])
        #expect(results.row("1")?.rank == nil)
        #expect(results.row("1")?.total == nil)
    }

    @Test func aSecondMarkForASingleRoundIsExtra() {
        let round = Round(id: "r", name: "R", max: Points(whole: 100), weight: Points(whole: 100), aggregate: .single)
        let marks = (0..<3).map { Mark(number: "1", round: "r", judge: Fixture.judgeIDs[$0], value: .p("80")) }
        let results = sheet(Self.competition([round]), [Fixture.competitor("1")], marks)
        #expect(results.problems == [MarkProblem(kind: .extra, number: "1", round: "r", judge: nil, count: 2)])
    }

    @Test func marksOfNonActiveCompetitorsAreNotProblems() {
        let round = Round(id: "r", name: "R", max: Points(whole: 100), weight: Points(whole: 100), aggregate: .single)
        let marks = (0..<3).map { Mark(number: "1", round: "r", judge: Fixture.judgeIDs[$0], value: .p("80")) }
        let results = sheet(
            Self.competition([round]),
            [Fixture.competitor("1", status: .withdrawn), Fixture.competitor("2", status: .absent)],
            marks)
        #expect(results.isFinal)
        #expect(results.problems.isEmpty)
    }

    @Test func problemsAreListedByCompetitorNumber() {
        let round = Round(
            id: "r", name: "R", max: Points(whole: 100), weight: Points(whole: 100), aggregate: .mean, judges: 1)
        let results = sheet(
            Self.competition([round]), ["12", "105", "7"].map { Fixture.competitor($0) }, [])
        #expect(results.problems.map(\.number) == ["7", "12", "105"])
        #expect(results.rows.map(\.standing) == [.incomplete, .incomplete, .incomplete])
        #expect(results.numbers == ["7", "12", "105"])
    }
}
