import ScoringCore

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
