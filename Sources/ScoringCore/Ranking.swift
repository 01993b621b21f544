/// Orders a trade's ranked competitors and gives standard competition ranks (SCORING.md §5).
struct Ranking {
    let competition: Competition
    let times: [CompetitorNumber: [RoundID: Int]]

    /// Sorted best first, with ranks 1, 2, 2, 4 …; a shared rank lists by number.
    func rank(_ rows: [ResultRow]) -> [ResultRow] {
        var sorted = rows.sorted { lhs, rhs in
            let order = compare(lhs, rhs)
            return order != 0 ? order < 0 : lhs.competitor.number < rhs.competitor.number
        }
        for index in sorted.indices {
            let tied = index > 0 && compare(sorted[index - 1], sorted[index]) == 0
            sorted[index].rank = tied ? sorted[index - 1].rank : index + 1
        }
        return sorted
    }

    /// Negative when `lhs` ranks ahead, zero when every ranking key is equal.
    func compare(_ lhs: ResultRow, _ rhs: ResultRow) -> Int {
        if lhs.total != rhs.total { return lhs.total! > rhs.total! ? -1 : 1 }
        for key in competition.tieBreak {
            let order: Int
            switch key {
            case .round(let id):
                let index = competition.rounds.firstIndex { $0.id == id }!
                order = Self.higherFirst(lhs.scores[index]!, rhs.scores[index]!)
            case .time(let id):
                order = Self.lessTimeFirst(times[lhs.competitor.number]?[id], times[rhs.competitor.number]?[id])
            }
            if order != 0 { return order }
        }
        return 0
    }

    private static func higherFirst(_ lhs: Points, _ rhs: Points) -> Int {
        lhs == rhs ? 0 : (lhs > rhs ? -1 : 1)
    }

    /// 用时少者名次在前; no recorded time loses to a time.
    private static func lessTimeFirst(_ lhs: Int?, _ rhs: Int?) -> Int {
        switch (lhs, rhs) {
        case let (left?, right?): left == right ? 0 : (left < right ? -1 : 1)
        case (.some, nil): -1
        case (nil, .some): 1
        case (nil, nil): 0
        }
    }
}

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
