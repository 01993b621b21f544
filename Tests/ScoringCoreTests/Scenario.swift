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

    /// A failing scenario shrinks to the fewest entries that still fail (`smaller()`).
    static let generator = Generator<Scenario, [Scenario]>(
        run: { rng in Scenario.make(&rng) }, shrink: { $0.smaller() })

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

extension Scenario {
    /// Scenarios with one thing less, the biggest cuts first: a competitor with their marks
    /// and times, a prize tier, a tie-break key, a mark, a time. The shuffled lists lose the
    /// same entries, so they stay permutations of the others; the rounds stay, so the weights
    /// still sum to 100.
    func smaller() -> [Scenario] {
        var smaller: [Scenario] = []
        for competitor in competitors {
            var less = self
            less.competitors.removeAll { $0 == competitor }
            less.shuffledCompetitors.removeAll { $0 == competitor }
            less.marks.removeAll { $0.number == competitor.number }
            less.shuffledMarks.removeAll { $0.number == competitor.number }
            less.times.removeAll { $0.number == competitor.number }
            less.shuffledTimes.removeAll { $0.number == competitor.number }
            smaller.append(less)
        }
        for index in competition.prizes.indices {
            var less = self
            less.competition.prizes.remove(at: index)
            smaller.append(less)
        }
        for index in competition.tieBreak.indices {
            var less = self
            less.competition.tieBreak.remove(at: index)
            smaller.append(less)
        }
        for (index, mark) in marks.enumerated() {
            var less = self
            less.marks.remove(at: index)
            less.shuffledMarks.remove(at: less.shuffledMarks.firstIndex(of: mark)!)
            smaller.append(less)
        }
        for (index, time) in times.enumerated() {
            var less = self
            less.times.remove(at: index)
            less.shuffledTimes.remove(at: less.shuffledTimes.firstIndex(of: time)!)
            smaller.append(less)
        }
        return smaller
    }
}
