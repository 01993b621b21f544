import ScoringCore
import Testing

/// The divergence gate: max − min of the judges' round marks against the round's max_spread.
struct SpreadFlagTests {
    /// One practical round, three judges, two criteria (prep max 40, skill max 60), max_spread 10.
    static let competition = Competition(
        id: "c", name: "C", trades: [Fixture.trade],
        rounds: [
            Round(
                id: "practical", name: "实操", max: Points(whole: 100), weight: Points(whole: 100), aggregate: .mean,
                judges: 3,
                criteria: [
                    Criterion(id: "prep", name: "准备", max: Points(whole: 40)),
                    Criterion(id: "skill", name: "技能", max: Points(whole: 60)),
                ],
                maxSpread: Points(whole: 10))
        ],
        judges: Fixture.judges(3))

    /// Per judge: (prep, skill); nil leaves that criterion out.
    static func marks(_ number: CompetitorNumber, _ byJudge: [JudgeID: (String?, String?)]) -> [Mark] {
        byJudge.flatMap { judge, pair in
            [("prep", pair.0), ("skill", pair.1)].compactMap { criterion, value in
                value.map {
                    Mark(
                        number: number, round: "practical", judge: judge, criterion: CriterionID(criterion),
                        value: .p($0))
                }
            }
        }
    }

    @Test func judgesRoundMarksAreSummedOverCriteriaBeforeTheSpread() throws {
        // Round marks 80, 85, 90.01: spread 10.01 > 10.
        let marks = Self.marks("1", ["j1": ("30", "50"), "j2": ("35", "50"), "j3": ("40", "50.01")])
        let flags = sheet(Self.competition, [Fixture.competitor("1")], marks).flags
        #expect(flags.count == 1)
        let flag = try #require(flags.first)
        #expect(flag.spread == .p("10.01"))
        #expect(flag.judgeMarks.map(\.mark) == [.p("80"), .p("85"), .p("90.01")])
        #expect(
            flag.description
                == "competitor 1, round practical: j1 80.00, j2 85.00, j3 90.01 — spread 10.01 > 10.00")
        #expect(
            flag.marksConfirmed
                == "j1 prep 30.00, j1 skill 50.00, j2 prep 35.00, j2 skill 50.00, j3 prep 40.00, j3 skill 50.01")
    }

    @Test(arguments: [
        ("90", false),  // exactly max_spread: not more than it
        ("90.01", true),
    ])
    func aSpreadEqualToMaxSpreadIsNotFlagged(skill: String, flagged: Bool) {
        let marks = Self.marks("1", ["j1": ("0", "80"), "j2": ("0", skill)])
        #expect(sheet(Self.competition, [Fixture.competitor("1")], marks).flags.isEmpty == !flagged)
    }

    @Test func aJudgeWhoseCriteriaAreIncompleteDoesNotCount() {
        // j3 has only prep 0: no round mark yet, so it cannot widen the spread.
        let marks = Self.marks("1", ["j1": ("30", "50"), "j2": ("31", "50"), "j3": ("0", nil)])
        #expect(sheet(Self.competition, [Fixture.competitor("1")], marks).flags.isEmpty)
        let complete = Self.marks("1", ["j1": ("30", "50"), "j2": ("31", "50"), "j3": ("0", "50")])
        #expect(sheet(Self.competition, [Fixture.competitor("1")], complete).flags.map(\.number) == ["1"])
    }

    @Test func aRoundWithoutMaxSpreadNeverFlags() {
        var competition = Self.competition
        competition.rounds[0].maxSpread = nil
        let marks = Self.marks("1", ["j1": ("0", "0"), "j2": ("40", "60")])
        #expect(sheet(competition, [Fixture.competitor("1")], marks).flags.isEmpty)
    }

    @Test func onlyActiveCompetitorsAdmittedToTheRoundAreFlagged() {
        var competition = Fixture.theoryPractical(qualify: Qualification(after: "theory", cut: .top(1)))
        competition.rounds[1].aggregate = .mean
        competition.rounds[1].maxSpread = Points(whole: 5)
        competition.judges = Fixture.judges(2)
        let competitors = [Fixture.competitor("1"), Fixture.competitor("2"), Fixture.competitor("3", status: .absent)]
        var marks = [
            Mark(number: "1", round: "theory", judge: "j1", value: .p("90")),
            Mark(number: "2", round: "theory", judge: "j1", value: .p("80")),
        ]
        for number: CompetitorNumber in ["1", "2", "3"] {
            marks += [
                Mark(number: number, round: "practical", judge: "j1", value: .p("60")),
                Mark(number: number, round: "practical", judge: "j2", value: .p("70")),
            ]
        }
        // 2 was cut after theory and 3 is absent: their practical marks are ignored.
        #expect(sheet(competition, competitors, marks).flags.map(\.number) == ["1"])
    }
}
