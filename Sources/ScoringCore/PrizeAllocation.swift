/// Gives prize tiers by rank (SCORING.md §7): rank r gets the first tier k with
/// r <= C_k (the tiers' cumulative counts) and total >= min_total_k.
struct PrizeAllocation {
    let competition: Competition

    func award(_ ranked: [ResultRow]) -> [ResultRow] {
        let counts = Self.counts(
            of: competition.prizes, rankedCount: ranked.count, rounding: competition.percentRounding)
        var cumulative: [Int] = []
        for count in counts { cumulative.append((cumulative.last ?? 0) + count) }
        return ranked.map { row in
            var row = row
            row.prize =
                zip(competition.prizes, cumulative).first { tier, limit in
                    row.rank! <= limit && tier.minTotal.map { row.total! >= $0 } ?? true
                }?.0
            return row
        }
    }

    /// Each tier's count: `count`, or `percent` of the ranked competitors, rounded down or half-up.
    static func counts(of tiers: [PrizeTier], rankedCount: Int, rounding: PercentRounding) -> [Int] {
        tiers.map { tier in
            switch tier.quota {
            case .count(let count):
                return count
            case .percent(let percent):
                // percent is in hundredths of a percent: n = percent_h · ranked / 10 000.
                let numerator = Int128(percent.hundredths) * Int128(rankedCount)
                switch rounding {
                case .floor: return Int(numerator / 10_000)
                case .halfUp: return Int((2 * numerator + 10_000) / 20_000)
                }
            }
        }
    }
}
