import ScoringCore

/// An independent model of the rules, in integer hundredths.
enum ReferenceModel {
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
