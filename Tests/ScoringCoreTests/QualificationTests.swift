import ScoringCore
import Testing

struct QualificationTests {
    private let rounds: [RoundID] = ["theory", "practical"]

    /// Theory scores 100, 99 … 92 (ranks 1–9), two at 91 (rank 10), then 90, 90, 85.
    /// `top: 10` admits the 11 with rank <= 10; the other three are `.notQualified`,
    /// after the ranked rows, by theory score descending then number.
    @Test func topCutAdmitsEveryoneTiedAtTheCut() {
        let competition = Fixture.theoryPractical(qualify: Qualification(after: "theory", cut: .top(10)))
        var entries: [(CompetitorNumber, String, String?)] = (0..<9).map {
            (CompetitorNumber("\(101 + $0)"), "\(100 - $0)", "50")
        }
        entries += [("111", "91", "50"), ("110", "91", "60")]
        // Not qualified; a stray practical mark for #20 must not matter.
        entries += [("3", "85", nil), ("20", "90", "100"), ("5", "90", nil)]
        let competitors = entries.reversed().map { Fixture.competitor($0.0) }
        let marks = entries.flatMap { Fixture.marks($0.0, [$0.1, $0.2], rounds: rounds) }
        let results = sheet(competition, competitors, marks)

        #expect(results.isFinal)
        #expect(results.ranked.count == 11)
        #expect(Set(results.ranked.map(\.competitor.number)) == Set(entries.prefix(11).map(\.0)))
        let out = Array(results.rows.suffix(3))
        #expect(out.map(\.competitor.number) == ["5", "20", "3"])
        #expect(out.allSatisfy { $0.standing == .notQualified && $0.rank == nil && $0.total == nil && $0.prize == nil })
        #expect(out.map(\.scores) == [[.p("90"), nil], [.p("90"), nil], [.p("85"), nil]])
        #expect(results.rows.prefix(11).allSatisfy { $0.standing == .ranked })
    }

    @Test func topCutIsDecidedPerTrade() {
        let trades = [Trade(id: "t1", name: "电工"), Trade(id: "t2", name: "焊工")]
        let competition = Fixture.theoryPractical(qualify: Qualification(after: "theory", cut: .top(1)), trades: trades)
        let competitors = [
            Fixture.competitor("1", trade: "t1"), Fixture.competitor("2", trade: "t1"),
            Fixture.competitor("3", trade: "t2"), Fixture.competitor("4", trade: "t2"),
        ]
        let marks = [
            ("1", "100", "80"), ("2", "99", nil), ("3", "60", "80"), ("4", "50", nil),
        ].flatMap { Fixture.marks(CompetitorNumber($0.0), [$0.1, $0.2], rounds: rounds) }
        let results = Scoring(competition: competition).results(competitors: competitors, marks: marks)
        #expect(results.map(\.trade.id) == ["t1", "t2"])
        #expect(results.map { $0.rows.map(\.competitor.number) } == [["1", "2"], ["3", "4"]])
        #expect(results.map { $0.rows.map(\.standing) } == [[.ranked, .notQualified], [.ranked, .notQualified]])
        #expect(results.allSatisfy { $0.isFinal })
    }

    /// Absent competitors do not take a place in the cut ranking.
    @Test func onlyActiveCompetitorsCountForTheCut() {
        let competition = Fixture.theoryPractical(qualify: Qualification(after: "theory", cut: .top(1)))
        let competitors = [Fixture.competitor("1", status: .disqualified), Fixture.competitor("2")]
        let marks = [("1", "100", "80"), ("2", "90", "80")].flatMap {
            Fixture.marks(CompetitorNumber($0.0), [$0.1, $0.2], rounds: rounds)
        }
        let results = sheet(competition, competitors, marks)
        #expect(results.row("2")?.standing == .ranked)
        #expect(results.row("1")?.standing == .disqualified)
    }

    @Test func minScoreAdmitsEveryScoreAtOrAboveTheValue() {
        let competition = Fixture.theoryPractical(qualify: Qualification(after: "theory", cut: .minScore(.p("60"))))
        let entries: [(CompetitorNumber, String, String?)] = [
            ("1", "60", "70"), ("2", "59.99", nil), ("3", "100", "10"), ("4", "0", nil), ("5", "59.99", nil),
        ]
        let results = sheet(
            competition, entries.map { Fixture.competitor($0.0) },
            entries.flatMap { Fixture.marks($0.0, [$0.1, $0.2], rounds: rounds) })
        #expect(results.isFinal)
        #expect(results.numbers == ["1", "3", "2", "5", "4"])
        #expect(results.rows.map(\.standing) == [.ranked, .ranked, .notQualified, .notQualified, .notQualified])
        #expect(results.ranks == [1, 2, nil, nil, nil])
        // 60 × 30% + 70 × 70% = 67; 100 × 30% + 10 × 70% = 37
        #expect(results.rows.map(\.total) == [.p("67"), .p("37"), nil, nil, nil])
    }

    /// A qualified competitor without practical marks blocks the final sheet; one not qualified does not.
    @Test func missingMarksOfTheNotQualifiedDoNotBlock() {
        let competition = Fixture.theoryPractical(qualify: Qualification(after: "theory", cut: .top(1)))
        let entries: [(CompetitorNumber, String, String?)] = [("1", "90", nil), ("2", "80", nil)]
        let results = sheet(
            competition, entries.map { Fixture.competitor($0.0) },
            entries.flatMap { Fixture.marks($0.0, [$0.1, $0.2], rounds: rounds) })
        #expect(!results.isFinal)
        #expect(results.problems == [MarkProblem(kind: .missing, number: "1", round: "practical", judge: nil)])
        #expect(results.row("2")?.standing == .notQualified)
        #expect(results.row("1")?.rank == nil)
        #expect(results.row("1")?.total == nil)
    }
}
