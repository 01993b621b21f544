import PropertyBased
import ScoringCore
import Testing

/// A random small competition with its entries, and the same entries in another order.
struct Scenario: Sendable, CustomTestStringConvertible {
    var competition: Competition
    var competitors: [Competitor]
    var marks: [Mark]
    var times: [TimeUsed]
    var shuffledCompetitors: [Competitor]
    var shuffledMarks: [Mark]
    var shuffledTimes: [TimeUsed]

    var hasQualification: Bool { competition.rounds.contains { $0.qualify != nil } }

    static let generator = Generator<Scenario, Shrink.None<Scenario>>(run: { rng in Scenario.make(&rng) })

    static func make<R: RandomNumberGenerator>(_ rng: inout R) -> Scenario {
        func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
        func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }

        let judgeIDs = (1...6).map { JudgeID("j\($0)") }
        let trades = (0..<int(1...2)).map { Trade(id: TradeID("t\($0)"), name: "T\($0)") }

        // Rounds: maxima, weights summing to exactly 100, methods, criteria.
        let roundCount = int(1...3)
        var weights: [Int64] = []
        if chance(0.5) {
            // whole percents, zero allowed
            var cuts = (0..<(roundCount - 1)).map { _ in Int64(int(0...100)) }.sorted()
            cuts = [0] + cuts + [100]
            weights = (0..<roundCount).map { (cuts[$0 + 1] - cuts[$0]) * 100 }
        } else {
            var cuts = (0..<(roundCount - 1)).map { _ in Int64(int(0...10_000)) }.sorted()
            cuts = [0] + cuts + [10_000]
            weights = (0..<roundCount).map { cuts[$0 + 1] - cuts[$0] }
        }
        var rounds: [Round] = []
        for index in 0..<roundCount {
            let max = Points(hundredths: [1000, 3000, 5000, 10_000, 1250, 7000].randomElement(using: &rng)!)
            let method = [Aggregation.single, .mean, .median, .trimmedMean(trim: 1), .trimmedMean(trim: 0)]
                .randomElement(using: &rng)!
            var judges: Int?
            switch method {
            case .single: judges = chance(0.5) ? 1 : nil
            case .trimmedMean(let trim): judges = chance(0.5) ? int((2 * trim + 1)...(2 * trim + 2)) : nil
            default: judges = chance(0.5) ? int(1...3) : nil
            }
            var criteria: [Criterion] = []
            if chance(0.3) {
                let first = max.hundredths / 2
                criteria = [
                    Criterion(id: "a", name: "A", max: Points(hundredths: first)),
                    Criterion(id: "b", name: "B", max: Points(hundredths: max.hundredths - first)),
                ]
            }
            rounds.append(
                Round(
                    id: RoundID("r\(index)"), name: "R\(index)", max: max, weight: Points(hundredths: weights[index]),
                    aggregate: method, judges: judges, criteria: criteria))
        }
        if roundCount >= 2, chance(0.3) {
            let index = int(1...(roundCount - 1))
            let after = int(0...(index - 1))
            let cut: Qualification.Cut =
                chance(0.5)
                ? .top(int(1...6))
                : .minScore(Points(hundredths: rounds[after].max.hundredths * Int64(int(0...4)) / 4))
            rounds[index].qualify = Qualification(after: rounds[after].id, cut: cut)
        }

        let tieBreak: [TieBreakKey] = (0..<int(0...3)).map { _ in
            let id = rounds.randomElement(using: &rng)!.id
            return chance(0.6) ? .round(id) : .time(id)
        }
        let prizes: [PrizeTier] = (0..<int(0...3)).map { index in
            let quota: PrizeTier.Quota =
                chance(0.5)
                ? .count(int(0...6))
                : .percent(Percent(hundredths: [0, 1000, 2500, 3333, 5000, 10_000].randomElement(using: &rng)!))
            return PrizeTier(
                name: "tier\(index)", quota: quota, title: chance(0.3) ? "title\(index)" : nil,
                minTotal: chance(0.3) ? Points(whole: [30, 50, 60, 80].randomElement(using: &rng)!) : nil)
        }
        let competition = Competition(
            id: "random", name: "Random", trades: trades, rounds: rounds,
            judges: judgeIDs.map { Judge(id: $0, name: $0.rawValue) }, tieBreak: tieBreak,
            percentRounding: chance(0.5) ? .floor : .halfUp, prizes: prizes)

        // Competitors with unique numbers: whole numbers and text.
        var pool = (1...60).map { "\($0)" } + ["007", "A-1", "A-3", "B7", "a1"]
        pool.shuffle(using: &rng)
        let statuses: [Competitor.Status] = [.absent, .disqualified, .withdrawn]
        let competitors = pool.prefix(int(0...30)).map { number in
            Competitor(
                number: CompetitorNumber(number), name: "N\(number)", unit: "U",
                trade: trades.randomElement(using: &rng)!.id,
                status: chance(0.85) ? .active : statuses.randomElement(using: &rng)!)
        }

        // Marks from a small set so ties are frequent; now and then one missing or one extra.
        func value(under max: Points) -> Points {
            let h = max.hundredths
            return Points(hundredths: [0, h / 2, h / 2, h * 3 / 4, h, h - 1, h / 3].randomElement(using: &rng)!)
        }
        var marks: [Mark] = []
        var times: [TimeUsed] = []
        for competitor in competitors where competitor.status == .active || chance(0.3) {
            for round in rounds {
                var panel = round.judges ?? (round.aggregate == .single ? 1 : round.aggregate.minimumMarks + int(0...2))
                if chance(0.04) { panel -= 1 }
                if chance(0.03) { panel += 1 }
                for judge in judgeIDs.prefix(max(panel, 0)) {
                    if round.criteria.isEmpty {
                        marks.append(
                            Mark(
                                number: competitor.number, round: round.id, judge: judge, value: value(under: round.max)
                            ))
                    } else {
                        for criterion in round.criteria where !chance(0.02) {
                            marks.append(
                                Mark(
                                    number: competitor.number, round: round.id, judge: judge, criterion: criterion.id,
                                    value: value(under: criterion.max)))
                        }
                    }
                }
                if chance(0.7) {
                    times.append(
                        TimeUsed(
                            number: competitor.number, round: round.id,
                            seconds: [60, 61, 90].randomElement(using: &rng)!))
                }
            }
        }
        return Scenario(
            competition: competition, competitors: competitors, marks: marks, times: times,
            shuffledCompetitors: competitors.shuffled(using: &rng), shuffledMarks: marks.shuffled(using: &rng),
            shuffledTimes: times.shuffled(using: &rng))
    }

    var testDescription: String {
        var lines = ["competition:"]
        for round in competition.rounds {
            lines.append(
                "  round \(round.id) max \(round.max) weight \(round.weight) \(round.aggregate) trim-judges \(round.judges.map(String.init) ?? "-")"
                    + " criteria \(round.criteria.map { "\($0.id)=\($0.max)" }) qualify \(String(describing: round.qualify))"
            )
        }
        lines.append("  tie_break \(competition.tieBreak.map(\.description)) rounding \(competition.percentRounding)")
        for tier in competition.prizes {
            lines.append("  prize \(tier.name) \(tier.quota) min \(tier.minTotal.map(\.description) ?? "-")")
        }
        for competitor in competitors {
            let own = marks.filter { $0.number == competitor.number }
                .map { "\($0.round)/\($0.judge)\($0.criterion.map { "/\($0)" } ?? "")=\($0.value)" }
            let time = times.filter { $0.number == competitor.number }.map { "\($0.round):\($0.seconds)s" }
            lines.append("  #\(competitor.number) \(competitor.trade) \(competitor.status) \(own) \(time)")
        }
        return lines.joined(separator: "\n")
    }
}

/// An independent model of the rules, in integer hundredths.
enum Model {
    static func halfUp(_ numerator: Int64, _ denominator: Int64) -> Int64 {
        (2 * numerator + denominator) / (2 * denominator)
    }

    /// The rounded round score, or nil when the marks are incomplete or too many.
    static func roundScore(_ round: Round, _ marks: [Mark]) -> Int64? {
        var perJudge: [JudgeID: [Mark]] = [:]
        for mark in marks where mark.round == round.id { perJudge[mark.judge, default: []].append(mark) }
        var values: [Int64] = []
        for (_, entries) in perJudge {
            if round.criteria.isEmpty {
                values.append(entries[0].value.hundredths)
            } else {
                guard Set(entries.compactMap(\.criterion)) == Set(round.criteria.map(\.id)) else { return nil }
                values.append(entries.reduce(0) { $0 + $1.value.hundredths })
            }
        }
        let required: Int
        let maximum: Int
        switch round.aggregate {
        case .single: (required, maximum) = (round.judges ?? 1, round.judges ?? 1)
        case .mean, .median: (required, maximum) = (round.judges ?? 1, round.judges ?? .max)
        case .trimmedMean(let trim): (required, maximum) = (round.judges ?? (2 * trim + 1), round.judges ?? .max)
        }
        guard values.count >= required, values.count <= maximum else { return nil }
        values.sort()
        switch round.aggregate {
        case .single:
            return values[0]
        case .mean:
            return halfUp(values.reduce(0, +), Int64(values.count))
        case .trimmedMean(let trim):
            let kept = values.dropFirst(trim).dropLast(trim)
            return halfUp(kept.reduce(0, +), Int64(kept.count))
        case .median:
            let middle = values.count / 2
            return values.count % 2 == 1 ? values[middle] : halfUp(values[middle - 1] + values[middle], 2)
        }
    }

    /// round_half_up(Σ weight·score/max, 2) by cross-multiplication over the product of the maxima.
    static func total(_ rounds: [Round], _ scores: [Int64]) -> Int64 {
        let maxima = rounds.map(\.max.hundredths)
        let denominator = maxima.reduce(Int64(1), *)
        var numerator: Int64 = 0
        for (index, round) in rounds.enumerated() {
            let others = maxima.enumerated().filter { $0.offset != index }.reduce(Int64(1)) { $0 * $1.element }
            numerator += round.weight.hundredths * scores[index] * others
        }
        return halfUp(numerator, denominator)
    }

    /// Cumulative counts C_k.
    static func cumulativeCounts(_ competition: Competition, ranked: Int) -> [Int] {
        var sum = 0
        return competition.prizes.map { tier in
            switch tier.quota {
            case .count(let count): sum += count
            case .percent(let percent):
                // n = p × ranked / 100 with p in hundredths of a percent
                let exact = Int(percent.hundredths) * ranked
                sum += competition.percentRounding == .floor ? exact / 10_000 : (exact * 2 + 10_000) / 20_000
            }
            return sum
        }
    }
}

struct ScoringPropertyTests {
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
                                Model.roundScore($0, scenario.marks.filter { $0.number == competitor.number }) != nil
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
                let expected = rounds.map { Model.roundScore($0, own) }
                #expect(row.scores.map { $0?.hundredths } == expected)
                guard !expected.contains(nil) else { continue }
                #expect(row.total?.hundredths == Model.total(rounds, expected.map { $0! }))
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
                let limits = Model.cumulativeCounts(competition, ranked: ranked.count)
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

/// The test's own order of ranked rows (SCORING.md §5).
struct RankOrder {
    let competition: Competition
    let times: [CompetitorNumber: [RoundID: Int]]

    init(_ scenario: Scenario) {
        competition = scenario.competition
        var times: [CompetitorNumber: [RoundID: Int]] = [:]
        for time in scenario.times { times[time.number, default: [:]][time.round] = time.seconds }
        self.times = times
    }

    /// Negative when a is better; zero when total and every tie-break key are equal.
    func compare(_ a: ResultRow, _ b: ResultRow) -> Int {
        if a.total! != b.total! { return a.total! > b.total! ? -1 : 1 }
        for key in competition.tieBreak {
            switch key {
            case .round(let id):
                let index = competition.rounds.firstIndex { $0.id == id }!
                if a.scores[index]! != b.scores[index]! { return a.scores[index]! > b.scores[index]! ? -1 : 1 }
            case .time(let id):
                switch (times[a.competitor.number]?[id], times[b.competitor.number]?[id]) {
                case let (x?, y?) where x != y: return x < y ? -1 : 1
                case (.some, nil): return -1
                case (nil, .some): return 1
                default: break
                }
            }
        }
        return 0
    }
}

extension Standing {
    init(status: Competitor.Status) {
        switch status {
        case .active: self = .ranked
        case .absent: self = .absent
        case .disqualified: self = .disqualified
        case .withdrawn: self = .withdrawn
        }
    }
}
