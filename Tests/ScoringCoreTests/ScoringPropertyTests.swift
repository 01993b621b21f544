import PropertyBased
import ScoringCore
import Testing

/// The rules against an independent model on random competitions; a failure shrinks to the
/// smallest scenario that still fails (`Scenario.smaller()`).
@Suite(.shrinking) struct ScoringPropertyTests {
    private static let count = 100

    @Test func inputOrderNeverChangesTheResults() async {
        await propertyCheck(count: Self.count, input: Scenario.generator) { scenario in
            let scoring = Scoring(competition: scenario.competition)
            let original = scoring.results(
                competitors: scenario.competitors, marks: scenario.marks, times: scenario.times)
            let shuffled = scoring.results(
                competitors: scenario.shuffledCompetitors, marks: scenario.shuffledMarks, times: scenario.shuffledTimes)
            #expect(original == shuffled)
        }
    }

    @Test func scoringTradeByTradeGivesTheSameSheets() async {
        await propertyCheck(count: Self.count, input: Scenario.generator) { scenario in
            let scoring = Scoring(competition: scenario.competition)
            let everything = scoring.results(
                competitors: scenario.competitors, marks: scenario.marks, times: scenario.times)
            let times = Scoring.timesByCompetitor(scenario.times)
            let tradeByTrade = scenario.competition.trades.map { trade in
                let competitors = scenario.competitors.filter { $0.trade == trade.id }
                let numbers = Set(competitors.map(\.number))
                let marks = Dictionary(grouping: scenario.marks.filter { numbers.contains($0.number) }, by: \.number)
                return scoring.results(for: trade, competitors: competitors, marks: marks, times: times)
            }
            #expect(everything == tradeByTrade)
        }
    }

    @Test func everyCompetitorAppearsOnceInTheRightGroup() async {
        await propertyCheck(count: Self.count, input: Scenario.generator) { scenario in
            let results = Scoring(competition: scenario.competition)
                .results(competitors: scenario.competitors, marks: scenario.marks, times: scenario.times)
            #expect(results.map(\.trade) == scenario.competition.trades)
            for sheet in results {
                let own = scenario.competitors.filter { $0.trade == sheet.trade.id }
                #expect(sheet.rows.map(\.competitor.number).sorted() == own.map(\.number).sorted())
                for row in sheet.rows {
                    #expect(row.competitor == own.first { $0.number == row.competitor.number })
                    #expect(row.scores.count == scenario.competition.rounds.count)
                    if row.standing == .ranked {
                        #expect(row.competitor.status == .active)
                        #expect(row.rank != nil && row.total != nil && !row.scores.contains(nil))
                    } else {
                        #expect(row.rank == nil && row.total == nil && row.prize == nil)
                    }
                    if row.competitor.status != .active {
                        #expect(row.standing == Standing(status: row.competitor.status))
                        #expect(row.scores.allSatisfy { $0 == nil })
                    }
                }
                // Groups in sheet order; the non-active group by number.
                let groups = sheet.rows.map { min($0.standing.rawValue, Standing.absent.rawValue) }
                #expect(groups == groups.sorted())
                let inactive = sheet.rows.filter { $0.competitor.status != .active }.map(\.competitor.number)
                #expect(inactive == inactive.sorted())
                #expect(sheet.isFinal == sheet.problems.isEmpty)

                // Without qualification cuts: ranked exactly when every round has a model score.
                if !scenario.hasQualification {
                    let complete = own.filter { competitor in
                        competitor.status == .active
                            && scenario.competition.rounds.allSatisfy {
                                ReferenceModel.roundScore($0, scenario.marks.filter { $0.number == competitor.number })
                                    != nil
                            }
                    }
                    #expect(Set(sheet.ranked.map(\.competitor.number)) == Set(complete.map(\.number)))
                    let blocked = own.filter { $0.status == .active }.count != complete.count
                    #expect(sheet.isFinal == !blocked)
                    #expect(!sheet.rows.contains { $0.standing == .notQualified })
                }
            }
        }
    }

    @Test func scoresAndTotalsMatchTheExactFormula() async {
        await propertyCheck(count: Self.count, input: Scenario.generator) { scenario in
            let rounds = scenario.competition.rounds
            let results = Scoring(competition: scenario.competition)
                .results(competitors: scenario.competitors, marks: scenario.marks, times: scenario.times)
            for row in results.flatMap(\.ranked) {
                let own = scenario.marks.filter { $0.number == row.competitor.number }
                let expected = rounds.map { ReferenceModel.roundScore($0, own) }
                #expect(row.scores.map { $0?.hundredths } == expected)
                guard !expected.contains(nil) else { continue }
                #expect(row.total?.hundredths == ReferenceModel.total(rounds, expected.map { $0! }))
            }
        }
    }

    @Test func ranksFollowTotalsAndTheTieBreakChain() async {
        await propertyCheck(count: Self.count, input: Scenario.generator) { scenario in
            let competition = scenario.competition
            let order = RankOrder(scenario)
            func compare(_ a: ResultRow, _ b: ResultRow) -> Int { order.compare(a, b) }
            let results = Scoring(competition: competition)
                .results(competitors: scenario.competitors, marks: scenario.marks, times: scenario.times)
            for sheet in results {
                let ranked = sheet.ranked
                // The ranked rows come first.
                #expect(sheet.rows.prefix(ranked.count).allSatisfy { $0.standing == .ranked })
                if let first = ranked.first { #expect(first.rank == 1) }
                for (a, b) in zip(ranked, ranked.dropFirst()) {
                    let order = compare(a, b)
                    #expect(order <= 0, "\(a.competitor.number) listed before a better \(b.competitor.number)")
                    #expect(a.rank! <= b.rank!)
                    #expect((a.rank == b.rank) == (order == 0))
                    if order == 0 { #expect(a.competitor.number < b.competitor.number) }
                }
                for row in ranked {
                    let better = ranked.count { compare($0, row) < 0 }
                    #expect(row.rank == 1 + better)
                }
            }
        }
    }

    @Test func prizesGoToTheFirstTierTheRankAndTotalReach() async {
        await propertyCheck(count: Self.count, input: Scenario.generator) { scenario in
            let competition = scenario.competition
            let results = Scoring(competition: competition)
                .results(competitors: scenario.competitors, marks: scenario.marks, times: scenario.times)
            for sheet in results {
                let ranked = sheet.ranked
                let limits = ReferenceModel.cumulativeCounts(competition, ranked: ranked.count)
                for row in ranked {
                    let tier = competition.prizes.indices.first { k in
                        row.rank! <= limits[k] && (competition.prizes[k].minTotal.map { row.total! >= $0 } ?? true)
                    }
                    #expect(row.prize == tier.map { competition.prizes[$0] }, "rank \(row.rank!) total \(row.total!)")
                }
                #expect(sheet.rows.filter { $0.standing != .ranked }.allSatisfy { $0.prize == nil })
            }
        }
    }

    @Test func generatedCompetitionsAreValid() async {
        await propertyCheck(count: 50, input: Scenario.generator) { scenario in
            #expect(throws: Never.self) { try scenario.competition.validate() }
        }
    }
}
