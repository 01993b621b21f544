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
