import ScoringCore

// Small builders shared by the example tests.

extension Points {
    /// A literal score such as `"85.50"`; traps on a bad literal (test data only).
    static func p(_ text: String) -> Points {
        try! Points(parsing: text)
    }
}

extension Percent {
    /// A literal percentage such as `"12.5"` (test data only).
    static func p(_ text: String) -> Percent {
        Percent(Points.p(text))
    }
}

enum Fixture {
    static let trade = Trade(id: "t1", name: "电工")
    static let judgeIDs: [JudgeID] = ["j1", "j2", "j3", "j4", "j5"]

    static func judges(_ count: Int = 5) -> [Judge] {
        judgeIDs.prefix(count).map { Judge(id: $0, name: $0.rawValue) }
    }

    /// One round, max 100, weight 100, one mark per competitor: the total is the mark.
    static func oneRound(tieBreak: [TieBreakKey] = [], prizes: [PrizeTier] = [], rounding: PercentRounding = .floor)
        -> Competition
    {
        Competition(
            id: "c", name: "C", trades: [trade],
            rounds: [
                Round(id: "only", name: "Only", max: Points(whole: 100), weight: Points(whole: 100), aggregate: .single)
            ],
            judges: judges(1), tieBreak: tieBreak, percentRounding: rounding, prizes: prizes)
    }

    /// Theory (max 100, weight 30) and practical (max 100, weight 70), one mark each.
    static func theoryPractical(
        tieBreak: [TieBreakKey] = [], qualify: Qualification? = nil, prizes: [PrizeTier] = [],
        trades: [Trade] = [trade]
    ) -> Competition {
        Competition(
            id: "c", name: "C", trades: trades,
            rounds: [
                Round(id: "theory", name: "理论", max: Points(whole: 100), weight: Points(whole: 30), aggregate: .single),
                Round(
                    id: "practical", name: "实操", max: Points(whole: 100), weight: Points(whole: 70), aggregate: .single,
                    qualify: qualify),
            ],
            judges: judges(1), tieBreak: tieBreak, prizes: prizes)
    }

    static func competitor(
        _ number: CompetitorNumber, status: Competitor.Status = .active, trade: TradeID = "t1"
    ) -> Competitor {
        Competitor(number: number, name: "N\(number)", unit: "U", trade: trade, status: status)
    }

    /// One mark from judge j1 per round, in round order (nil: no mark in that round).
    static func marks(_ number: CompetitorNumber, _ values: [String?], rounds: [RoundID]) -> [Mark] {
        zip(rounds, values).compactMap { round, value in
            value.map { Mark(number: number, round: round, judge: "j1", value: .p($0)) }
        }
    }
}

extension TradeResults {
    var ranked: [ResultRow] { rows.filter { $0.standing == .ranked } }
    func row(_ number: CompetitorNumber) -> ResultRow? { rows.first { $0.competitor.number == number } }
    var numbers: [String] { rows.map(\.competitor.number.rawValue) }
    var ranks: [Int?] { rows.map(\.rank) }
}

/// Results of a competition whose only trade is `Fixture.trade`.
func sheet(
    _ competition: Competition, _ competitors: [Competitor], _ marks: [Mark], times: [TimeUsed] = []
) -> TradeResults {
    let all = Scoring(competition: competition).results(competitors: competitors, marks: marks, times: times)
    precondition(all.count == competition.trades.count)
    return all[0]
}
