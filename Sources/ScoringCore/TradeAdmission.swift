/// Who takes which round of one trade (晋级, SCORING.md §6), and the advancement list
/// (晋级名单) of each round with `qualify`.
public struct TradeAdmission: Sendable {
    public let trade: Trade
    /// One per round with `qualify`, in competition order.
    public let advancement: [AdvancementList]
    private let roundIndex: [RoundID: Int]
    private let cuts: QualificationCuts

    init(
        trade: Trade, competition: Competition, outcomes: [CompetitorNumber: [RoundOutcome]], cuts: QualificationCuts,
        competitors: [Competitor]
    ) {
        self.trade = trade
        self.cuts = cuts
        roundIndex = Dictionary(uniqueKeysWithValues: competition.rounds.enumerated().map { ($1.id, $0) })
        var lists: [AdvancementList] = []
        for (index, round) in competition.rounds.enumerated() {
            guard let qualify = round.qualify,
                let after = competition.rounds.firstIndex(where: { $0.id == qualify.after })
            else { continue }
            var scored: [(Competitor, Points)] = []
            var complete = true
            for competitor in competitors where cuts.takes(after, competitor.number) {
                if let score = outcomes[competitor.number]?[after].score {
                    scored.append((competitor, score))
                } else {
                    complete = false
                }
            }
            scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.number < $1.0.number }
            let lines = scored.map { competitor, score in
                AdvancementList.Line(
                    rank: scored.count(where: { $0.1 > score }) + 1, competitor: competitor, score: score,
                    advanced: cuts.takes(index, competitor.number))
            }
            lists.append(
                AdvancementList(
                    round: competition.rounds[index], qualifyingRound: competition.rounds[after], lines: lines,
                    isComplete: complete))
        }
        advancement = lists
    }

    /// Whether the competitor takes the round: nil while that waits for missing marks of the
    /// qualifying round, false for a competitor who is not active or was cut.
    public func admits(_ number: CompetitorNumber, to round: RoundID) -> Bool? {
        guard let index = roundIndex[round] else { return false }
        return cuts.admits(index, number)
    }
}

/// The advancement list of one round with `qualify`: everyone who took the qualifying round,
/// in the order of its score, and whether they go on.
public struct AdvancementList: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        /// In the qualifying round: standard competition ranking, ties share a rank.
        public let rank: Int
        public let competitor: Competitor
        public let score: Points
        public let advanced: Bool
    }

    /// The round advanced to, and the round whose score decides it.
    public let round: Round
    public let qualifyingRound: Round
    public let lines: [Line]
    /// False while a competitor of the qualifying round has marks missing: the list is not final.
    public let isComplete: Bool
}

extension Scoring {
    /// Who takes which round in one trade, from that trade's competitors and marks.
    public func admission(for trade: Trade, competitors: [Competitor], marks: [CompetitorNumber: [Mark]])
        -> TradeAdmission
    {
        let scoring = TradeScoring(
            competition: competition, trade: trade, competitors: competitors, marks: marks, times: [:])
        let (outcomes, cuts) = scoring.outcomes()
        let active = competitors.filter { $0.status == .active }.sorted { $0.number < $1.number }
        return TradeAdmission(
            trade: trade, competition: competition, outcomes: outcomes, cuts: cuts, competitors: active)
    }
}
