import ScoringCore
import Testing

struct RankingTests {
    private let rounds: [RoundID] = ["theory", "practical"]

    private func sheet(
        _ competition: Competition, _ entries: [(CompetitorNumber, String, String)], times: [TimeUsed] = []
    ) -> TradeResults {
        let competitors = entries.map { Fixture.competitor($0.0) }
        let marks = entries.flatMap { Fixture.marks($0.0, [$0.1, $0.2], rounds: rounds) }
        return ScoringCoreTests.sheet(competition, competitors, marks, times: times)
    }

    @Test func standardCompetitionRanking() {
        let results = sheet(
            Fixture.theoryPractical(),
            [("4", "80", "80"), ("12", "85", "85"), ("1", "90", "90"), ("7", "85", "85")])
        #expect(results.numbers == ["1", "7", "12", "4"])
        #expect(results.ranks == [1, 2, 2, 4])
        #expect(results.rows.map(\.total) == [.p("90"), .p("85"), .p("85"), .p("80")])
    }

    @Test func allEqualShareRankOneListedByNumber() {
        let results = sheet(Fixture.theoryPractical(), [("105", "50", "50"), ("12", "50", "50"), ("7", "50", "50")])
        #expect(results.numbers == ["7", "12", "105"])
        #expect(results.ranks == [1, 1, 1])
    }

    @Test func tieOnTotalBrokenByPractical() {
        // 50/50 weights: 90/80 and 80/90 both total 85; practical decides.
        let competition = Competition(
            id: "c", name: "C", trades: [Fixture.trade],
            rounds: [
                Round(id: "theory", name: "理论", max: Points(whole: 100), weight: Points(whole: 50), aggregate: .single),
                Round(
                    id: "practical", name: "实操", max: Points(whole: 100), weight: Points(whole: 50), aggregate: .single),
            ],
            judges: Fixture.judges(1), tieBreak: [.round("practical")])
        let results = sheet(competition, [("1", "90", "80"), ("2", "80", "90"), ("3", "70", "70")])
        #expect(results.rows.map(\.total) == [.p("85"), .p("85"), .p("70")])
        #expect(results.numbers == ["2", "1", "3"])
        #expect(results.ranks == [1, 2, 3])

        // The same marks without a tie-break chain share the rank.
        var plain = competition
        plain.tieBreak = []
        let shared = sheet(plain, [("1", "90", "80"), ("2", "80", "90"), ("3", "70", "70")])
        #expect(shared.numbers == ["1", "2", "3"])
        #expect(shared.ranks == [1, 1, 3])
    }

    @Test func tieBreakChainIsTriedInOrder() {
        // Equal totals and equal practical; theory decides.
        let competition = Competition(
            id: "c", name: "C", trades: [Fixture.trade],
            rounds: [
                Round(id: "theory", name: "理论", max: Points(whole: 100), weight: Points(whole: 50), aggregate: .single),
                Round(
                    id: "practical", name: "实操", max: Points(whole: 100), weight: Points(whole: 0), aggregate: .single),
                Round(id: "extra", name: "附加", max: Points(whole: 100), weight: Points(whole: 50), aggregate: .single),
            ],
            judges: Fixture.judges(1), tieBreak: [.round("practical"), .round("theory")])
        let marks = [
            ("1", ["60", "70", "80"]), ("2", ["80", "70", "60"]), ("3", ["70", "71", "70"]),
        ].flatMap { Fixture.marks(CompetitorNumber($0.0), $0.1, rounds: ["theory", "practical", "extra"]) }
        let results = ScoringCoreTests.sheet(competition, ["1", "2", "3"].map { Fixture.competitor($0) }, marks)
        #expect(results.rows.map(\.total) == [.p("70"), .p("70"), .p("70")])
        #expect(results.numbers == ["3", "2", "1"])
        #expect(results.ranks == [1, 2, 3])
    }

    /// With max 100 and weights 30/70:
    /// #1: 80.00 × 30% + 80.01 × 70% = 80.007 → 80.01
    /// #2: 80.03 × 30% + 80.00 × 70% = 80.009 → 80.01
    /// The exact totals differ (#2 higher) but both print 80.01, so they tie on total and
    /// the chain decides: practical puts #1 first. Without a chain they share rank 1.
    @Test func totalsEqualWhenPrintedAreTiedEvenIfExactValuesDiffer() {
        let entries: [(CompetitorNumber, String, String)] = [("2", "80.03", "80.00"), ("1", "80.00", "80.01")]

        let withChain = sheet(Fixture.theoryPractical(tieBreak: [.round("practical")]), entries)
        #expect(withChain.rows.map(\.total) == [.p("80.01"), .p("80.01")])
        #expect(withChain.numbers == ["1", "2"])
        #expect(withChain.ranks == [1, 2])

        let theoryFirst = sheet(Fixture.theoryPractical(tieBreak: [.round("theory")]), entries)
        #expect(theoryFirst.numbers == ["2", "1"])
        #expect(theoryFirst.ranks == [1, 2])

        let noChain = sheet(Fixture.theoryPractical(), entries)
        #expect(noChain.numbers == ["1", "2"])
        #expect(noChain.ranks == [1, 1])
    }

    /// Round scores in the chain are compared after rounding too: means 80.004… and 80.00 print equal.
    @Test func tieBreakRoundScoresComparedAfterRounding() {
        let competition = Competition(
            id: "c", name: "C", trades: [Fixture.trade],
            rounds: [
                Round(id: "a", name: "A", max: Points(whole: 100), weight: Points(whole: 100), aggregate: .mean),
                Round(id: "b", name: "B", max: Points(whole: 100), weight: Points(whole: 0), aggregate: .mean),
            ],
            judges: Fixture.judges(3), tieBreak: [.round("b")])
        // b for #1: (80 + 80 + 80.01) / 3 = 80.00333 → 80.00; for #2: 80.00. Same print, same rank.
        let marks: [Mark] = [
            Mark(number: "1", round: "a", judge: "j1", value: .p("50")),
            Mark(number: "2", round: "a", judge: "j1", value: .p("50")),
            Mark(number: "1", round: "b", judge: "j1", value: .p("80")),
            Mark(number: "1", round: "b", judge: "j2", value: .p("80")),
            Mark(number: "1", round: "b", judge: "j3", value: .p("80.01")),
            Mark(number: "2", round: "b", judge: "j1", value: .p("80")),
        ]
        let results = ScoringCoreTests.sheet(competition, [Fixture.competitor("2"), Fixture.competitor("1")], marks)
        #expect(results.rows.map { $0.scores[1] } == [.p("80"), .p("80")])
        #expect(results.ranks == [1, 1])
        #expect(results.numbers == ["1", "2"])
    }

    @Test func lessTimeWins() {
        let competition = Fixture.theoryPractical(tieBreak: [.time("practical")])
        let entries: [(CompetitorNumber, String, String)] = [("1", "80", "80"), ("2", "80", "80"), ("3", "80", "80")]
        let times = [
            TimeUsed(number: "1", round: "practical", seconds: 600),
            TimeUsed(number: "2", round: "practical", seconds: 500),
            TimeUsed(number: "3", round: "practical", seconds: 601),
            // a time in another round does not count
            TimeUsed(number: "3", round: "theory", seconds: 1),
        ]
        let results = sheet(competition, entries, times: times)
        #expect(results.numbers == ["2", "1", "3"])
        #expect(results.ranks == [1, 2, 3])
    }

    @Test func noRecordedTimeLosesToATime() {
        let competition = Fixture.theoryPractical(tieBreak: [.time("practical")])
        let entries: [(CompetitorNumber, String, String)] = [("1", "80", "80"), ("2", "80", "80"), ("3", "80", "80")]
        let times = [TimeUsed(number: "3", round: "practical", seconds: 9999)]
        let results = sheet(competition, entries, times: times)
        #expect(results.numbers == ["3", "1", "2"])
        #expect(results.ranks == [1, 2, 2])
    }

    @Test func equalTimesShareTheRank() {
        let competition = Fixture.theoryPractical(tieBreak: [.time("practical")])
        let entries: [(CompetitorNumber, String, String)] = [("12", "80", "80"), ("7", "80", "80"), ("3", "90", "90")]
        let times = [
            TimeUsed(number: "12", round: "practical", seconds: 75),
            TimeUsed(number: "7", round: "practical", seconds: 75),
            TimeUsed(number: "3", round: "practical", seconds: 900),
        ]
        let results = sheet(competition, entries, times: times)
        #expect(results.numbers == ["3", "7", "12"])
        #expect(results.ranks == [1, 2, 2])
    }

    @Test func timeDoesNotOverrideAHigherTotal() {
        let competition = Fixture.theoryPractical(tieBreak: [.time("practical")])
        let entries: [(CompetitorNumber, String, String)] = [("1", "80", "80"), ("2", "80", "80.01")]
        let times = [TimeUsed(number: "1", round: "practical", seconds: 1)]
        let results = sheet(competition, entries, times: times)
        #expect(results.numbers == ["2", "1"])
        #expect(results.ranks == [1, 2])
    }

    @Test func roundKeyThenTimeKey() {
        let competition = Fixture.theoryPractical(tieBreak: [.round("practical"), .time("theory")])
        // totals 80.00 for all; practical differs for #3 (theory 80.70, practical 79.70 → 24.21 + 55.79 = 80.00)
        let entries: [(CompetitorNumber, String, String)] = [
            ("1", "80", "80"), ("2", "80", "80"), ("3", "80.70", "79.70"),
        ]
        let times = [
            TimeUsed(number: "1", round: "theory", seconds: 100),
            TimeUsed(number: "2", round: "theory", seconds: 99),
            TimeUsed(number: "3", round: "theory", seconds: 1),
        ]
        let results = sheet(competition, entries, times: times)
        #expect(results.rows.map(\.total) == [.p("80"), .p("80"), .p("80")])
        #expect(results.numbers == ["2", "1", "3"])
        #expect(results.ranks == [1, 2, 3])
    }
}
