import Testing

@testable import ScoringCore

struct PrizeTests {
    private static let first = PrizeTier(name: "一等奖", quota: .count(2), title: "顺义工匠")
    private static let second = PrizeTier(name: "二等奖", quota: .count(3))
    private static let third = PrizeTier(name: "三等奖", quota: .count(5))

    private func sheet(_ competition: Competition, totals: [(CompetitorNumber, String)]) -> TradeResults {
        ScoringCoreTests.sheet(
            competition, totals.map { Fixture.competitor($0.0) },
            totals.flatMap { Fixture.marks($0.0, [$0.1], rounds: ["only"]) })
    }

    /// Ranks 1, 2, 2, 4 … 9, 10, 10, 12 against quotas 2/3/5 (C = 2, 5, 10):
    /// rank ≤ 2 → first (3 people), ranks 4–5 → second (2), ranks 6–10 → third (6), rank 12 → none.
    @Test func quotasWithTiesAcrossBoundaries() {
        let totals: [(CompetitorNumber, String)] = [
            ("1", "99"), ("2", "98"), ("3", "98"), ("4", "96"), ("5", "95"), ("6", "94"),
            ("7", "93"), ("8", "92"), ("9", "91"), ("10", "90"), ("11", "90"), ("12", "89"),
        ]
        let results = sheet(Fixture.oneRound(prizes: [Self.first, Self.second, Self.third]), totals: totals.reversed())
        #expect(results.ranks == [1, 2, 2, 4, 5, 6, 7, 8, 9, 10, 10, 12])
        #expect(
            results.rows.map(\.prize?.name) == [
                "一等奖", "一等奖", "一等奖", "二等奖", "二等奖", "三等奖", "三等奖", "三等奖", "三等奖", "三等奖", "三等奖", nil,
            ])
        #expect(results.rows.filter { $0.prize == Self.first }.count == 3)
        #expect(results.rows.filter { $0.prize == Self.second }.count == 2)
        #expect(results.rows.filter { $0.prize == Self.third }.count == 6)
        // A title goes with its tier.
        #expect(
            results.rows.map(\.prize?.title) == [String?](repeating: "顺义工匠", count: 3) + .init(repeating: nil, count: 9)
        )
    }

    @Test func tieAtTheLastBoundaryGivesMorePrizesThanTheQuota() {
        let tiers = [PrizeTier(name: "一等奖", quota: .count(1)), PrizeTier(name: "二等奖", quota: .count(1))]
        let results = sheet(
            Fixture.oneRound(prizes: tiers), totals: [("1", "90"), ("2", "80"), ("3", "80"), ("4", "80")])
        #expect(results.ranks == [1, 2, 2, 2])
        #expect(results.rows.map(\.prize?.name) == ["一等奖", "二等奖", "二等奖", "二等奖"])
    }

    @Test func tieAtTheFirstBoundaryLiftsEveryoneInIt() {
        let tiers = [PrizeTier(name: "一等奖", quota: .count(1)), PrizeTier(name: "二等奖", quota: .count(2))]
        let results = sheet(
            Fixture.oneRound(prizes: tiers), totals: [("1", "90"), ("2", "90"), ("3", "80"), ("4", "70")])
        #expect(results.ranks == [1, 1, 3, 4])
        #expect(results.rows.map(\.prize?.name) == ["一等奖", "一等奖", "二等奖", nil])
    }

    /// min_total: tier 1 (count 1, min 95) stays vacant; rank 1 and 2 reach tier 2 (C_2 = 3, min 80);
    /// rank 3 is within C_2 but below 80, so tier 3 (C_3 = 6).
    @Test func minTotalLeavesATierVacant() {
        let tiers = [
            PrizeTier(name: "一等奖", quota: .count(1), title: "工匠", minTotal: .p("95")),
            PrizeTier(name: "二等奖", quota: .count(2), minTotal: .p("80")),
            PrizeTier(name: "三等奖", quota: .count(3)),
        ]
        let totals: [(CompetitorNumber, String)] = [
            ("1", "90"), ("2", "85"), ("3", "70"), ("4", "60"), ("5", "50"), ("6", "40"), ("7", "30"),
        ]
        let results = sheet(Fixture.oneRound(prizes: tiers), totals: totals)
        #expect(results.rows.map(\.prize?.name) == ["二等奖", "二等奖", "三等奖", "三等奖", "三等奖", "三等奖", nil])
        #expect(!results.rows.contains { $0.prize?.name == "一等奖" })
    }

    @Test func minTotalIsInclusive() {
        let tiers = [PrizeTier(name: "一等奖", quota: .count(5), minTotal: .p("80"))]
        let results = sheet(Fixture.oneRound(prizes: tiers), totals: [("1", "80"), ("2", "79.99")])
        #expect(results.rows.map(\.prize?.name) == ["一等奖", nil])
    }

    @Test func noTiersNoPrizes() {
        let results = sheet(Fixture.oneRound(), totals: [("1", "80"), ("2", "79.99")])
        #expect(results.rows.allSatisfy { $0.prize == nil })
    }

    /// n = p × ranked / 100, floor or half-up.
    @Test(arguments: [
        // 75 ranked: 10% → 7.5, 20% → 15, 30% → 22.5, 12.5% → 9.375, 2% → 1.5
        (75, PercentRounding.floor, [7, 15, 22, 9, 1]),
        (75, .halfUp, [8, 15, 23, 9, 2]),
        // 32 ranked: 10% → 3.2, 20% → 6.4, 30% → 9.6, 12.5% → 4, 2% → 0.64
        (32, .floor, [3, 6, 9, 4, 0]),
        (32, .halfUp, [3, 6, 10, 4, 1]),
        (0, .floor, [0, 0, 0, 0, 0]),
        (0, .halfUp, [0, 0, 0, 0, 0]),
    ])
    func percentCounts(ranked: Int, rounding: PercentRounding, expected: [Int]) {
        let tiers = ["10", "20", "30", "12.5", "2"].map { PrizeTier(name: "p\($0)", quota: .percent(.p($0))) }
        #expect(PrizeAllocation.counts(of: tiers, rankedCount: ranked, rounding: rounding) == expected)
    }

    @Test func countQuotaIsTakenAsIs() {
        let tiers = [PrizeTier(name: "a", quota: .count(2)), PrizeTier(name: "b", quota: .percent(.p("50")))]
        #expect(PrizeAllocation.counts(of: tiers, rankedCount: 7, rounding: .floor) == [2, 3])
        #expect(PrizeAllocation.counts(of: tiers, rankedCount: 7, rounding: .halfUp) == [2, 4])
    }

    /// Through whole results: 75 and 32 ranked competitors with distinct totals, tiers 10% / 20% / 30%.
    @Test(arguments: [
        (75, PercentRounding.floor, [7, 15, 22]),
        (75, .halfUp, [8, 15, 23]),
        (32, .floor, [3, 6, 9]),
        (32, .halfUp, [3, 6, 10]),
    ])
    func percentTiersInResults(ranked: Int, rounding: PercentRounding, expected: [Int]) {
        let tiers = ["10", "20", "30"].map { PrizeTier(name: "p\($0)", quota: .percent(.p($0))) }
        let totals = (1...ranked).map {
            (CompetitorNumber("\($0)"), Points(hundredths: Int64(10_000 - $0 * 10)).description)
        }
        // Non-active competitors do not count among the ranked.
        let competitors =
            totals.map { Fixture.competitor($0.0) } + [
                Fixture.competitor("900", status: .absent), Fixture.competitor("901", status: .withdrawn),
            ]
        let results = ScoringCoreTests.sheet(
            Fixture.oneRound(prizes: tiers, rounding: rounding), competitors,
            totals.flatMap { Fixture.marks($0.0, [$0.1], rounds: ["only"]) })
        #expect(results.ranked.count == ranked)
        let counts = tiers.map { tier in results.rows.count(where: { $0.prize == tier }) }
        #expect(counts == expected)
        // Distinct totals: prizes go to the top ranks in tier order.
        let names = results.rows.compactMap(\.prize?.name)
        #expect(names == tiers.indices.flatMap { Array(repeating: tiers[$0].name, count: expected[$0]) })
    }
}
