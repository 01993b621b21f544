import ScoringCore
import Testing

/// The advancement list (晋级名单) and who takes which round, as `TradeAdmission` gives them.
struct AdvancementListTests {
    private let rounds: [RoundID] = ["theory", "practical"]

    private func admission(
        _ entries: [(CompetitorNumber, String?)], statuses: [CompetitorNumber: Competitor.Status] = [:]
    )
        -> TradeAdmission
    {
        let competition = Fixture.theoryPractical(qualify: Qualification(after: "theory", cut: .top(2)))
        let competitors = entries.map { Fixture.competitor($0.0, status: statuses[$0.0] ?? .active) }
        let marks = Dictionary(grouping: entries.flatMap { Fixture.marks($0.0, [$0.1], rounds: rounds) }, by: \.number)
        return Scoring(competition: competition).admission(for: Fixture.trade, competitors: competitors, marks: marks)
    }

    @Test func tiedAtTheCutShareTheRankAndBothAdvance() throws {
        let admission = admission([("4", "70"), ("1", "90"), ("2", "80"), ("3", "80"), ("5", "60")])
        let list = try #require(admission.advancement.first)
        #expect(list.round.id == "practical")
        #expect(list.qualifyingRound.id == "theory")
        #expect(list.isComplete)
        #expect(list.lines.map(\.competitor.number) == ["1", "2", "3", "4", "5"])
        #expect(list.lines.map(\.rank) == [1, 2, 2, 4, 5])
        #expect(list.lines.map(\.advanced) == [true, true, true, false, false])
        #expect(admission.admits("3", to: "practical") == true)
        #expect(admission.admits("4", to: "practical") == false)
        #expect(admission.admits("4", to: "theory") == true)
    }

    @Test func aCompetitorWhoIsNotActiveIsNeitherListedNorAdmitted() throws {
        let admission = admission([("1", "90"), ("2", "80"), ("3", "95")], statuses: ["3": .withdrawn])
        let list = try #require(admission.advancement.first)
        #expect(list.lines.map(\.competitor.number) == ["1", "2"])
        #expect(admission.admits("3", to: "theory") == false)
        #expect(admission.admits("3", to: "practical") == false)
    }

    @Test func missingQualifyingMarksLeaveTheListIncompleteAndAdmissionUndecided() throws {
        let admission = admission([("1", "90"), ("2", "80"), ("3", nil)])
        let list = try #require(admission.advancement.first)
        #expect(!list.isComplete)
        #expect(list.lines.map(\.competitor.number) == ["1", "2"])
        #expect(admission.admits("3", to: "practical") == nil)
    }

    /// Asked together, the sheet and the admission come from one scoring of the marks: the same
    /// as each asked apart.
    @Test func theSheetAndTheAdmissionTogetherAreEachAsAskedApart() throws {
        let competition = Fixture.theoryPractical(qualify: Qualification(after: "theory", cut: .top(2)))
        let entries: [(CompetitorNumber, String?)] = [("4", "70"), ("1", "90"), ("2", "80"), ("3", "80"), ("5", nil)]
        let competitors = entries.map { Fixture.competitor($0.0, status: $0.0 == "4" ? .withdrawn : .active) }
        let marks = Dictionary(grouping: entries.flatMap { Fixture.marks($0.0, [$0.1], rounds: rounds) }, by: \.number)
        let scoring = Scoring(competition: competition)
        let together = scoring.resultsAndAdmission(
            for: Fixture.trade, competitors: competitors, marks: marks, times: [:])
        #expect(
            together.results == scoring.results(for: Fixture.trade, competitors: competitors, marks: marks, times: [:]))
        let apart = scoring.admission(for: Fixture.trade, competitors: competitors, marks: marks)
        let lines = { (admission: TradeAdmission) in
            admission.advancement.flatMap { list in
                list.lines.map { "\($0.competitor.number) \($0.rank) \($0.advanced)" }
            }
        }
        #expect(lines(together.admission) == lines(apart))
        #expect(!lines(apart).isEmpty)
        for (number, _) in entries {
            for round in rounds {
                #expect(together.admission.admits(number, to: round) == apart.admits(number, to: round))
            }
        }
    }
}
