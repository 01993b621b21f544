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
            // Sorted best first: a line's rank is one more than the lines above its score.
            var lines: [AdvancementList.Line] = []
            lines.reserveCapacity(scored.count)
            for (position, (competitor, score)) in scored.enumerated() {
                let rank = position > 0 && scored[position - 1].1 == score ? lines[position - 1].rank : position + 1
                lines.append(
                    AdvancementList.Line(
                        rank: rank, competitor: competitor, score: score, advanced: cuts.takes(index, competitor.number)
                    ))
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
