extension Aggregation {
    /// The round score from the judges' marks (SCORING.md §2), rounded half-up to
    /// 2 places; nil when there are too few marks for this method.
    public func score(of marks: [Points]) -> Points? {
        guard marks.count >= minimumMarks else { return nil }
        let sorted = marks.map(\.hundredths).sorted()
        switch self {
        case .single:
            guard sorted.count == 1 else { return nil }
            return Points(hundredths: sorted[0])
        case .mean:
            return Self.mean(sorted[...])
        case .trimmedMean(let trim):
            return Self.mean(sorted[trim..<(sorted.count - trim)])
        case .median:
            let middle = sorted.count / 2
            return sorted.count.isMultiple(of: 2)
                ? Self.mean(sorted[(middle - 1)...middle])
                : Points(hundredths: sorted[middle])
        }
    }

    private static func mean(_ marks: ArraySlice<Int64>) -> Points {
        let sum = marks.reduce(Int128(0)) { $0 + Int128($1) }
        return roundHalfUp(sum, over: Int128(marks.count))
    }
}

extension Competition {
    /// The weighted total (SCORING.md §3): Σ weight·score/max over the rounds, exact,
    /// then rounded half-up once. `scores` are the rounded round scores, in round order.
    public func total(of scores: [Points]) -> Points {
        precondition(scores.count == rounds.count, "one score per round")
        // Hundredths of the total = Σ weight_h · score_h / max_h, summed as one exact fraction.
        var numerator: Int128 = 0
        var denominator: Int128 = 1
        for (round, score) in zip(rounds, scores) {
            let termNumerator = Int128(round.weight.hundredths) * Int128(score.hundredths)
            let termDenominator = Int128(round.max.hundredths)
            let common = denominator / greatestCommonDivisor(denominator, termDenominator) * termDenominator
            numerator = numerator * (common / denominator) + termNumerator * (common / termDenominator)
            denominator = common
            let divisor = greatestCommonDivisor(numerator, denominator)
            if divisor > 1 {
                numerator /= divisor
                denominator /= divisor
            }
        }
        return roundHalfUp(numerator, over: denominator)
    }
}
