/// The work for one trade: round outcomes, cuts, ranks, prizes.
struct TradeScoring {
    let competition: Competition
    let trade: Trade
    let competitors: [Competitor]
    let marks: [CompetitorNumber: [Mark]]
    let times: [CompetitorNumber: [RoundID: Int]]

    /// Every active competitor's outcome in every round, and who takes which round.
    func outcomes() -> (outcomes: [CompetitorNumber: [RoundOutcome]], cuts: QualificationCuts) {
        let active = competitors.filter { $0.status == .active }
        var panels: [RoundID: Set<JudgeID>] = [:]
        for competitor in active {
            for mark in marks[competitor.number] ?? [] { panels[mark.round, default: []].insert(mark.judge) }
        }
        var outcomes: [CompetitorNumber: [RoundOutcome]] = [:]
        for competitor in active {
            let entries = marks[competitor.number] ?? []
            outcomes[competitor.number] = competition.rounds.map { round in
                RoundOutcome(
                    round: round, number: competitor.number, marks: entries.filter { $0.round == round.id },
                    panel: panels[round.id] ?? [])
            }
        }
        return (outcomes, QualificationCuts(competition: competition, active: active, outcomes: outcomes))
    }

    func results() -> TradeResults {
        let (outcomes, cuts) = outcomes()
        return results(outcomes: outcomes, cuts: cuts)
    }

    /// The sheet from outcomes already computed (`outcomes()`), so that the admission can be
    /// made from the same ones.
    func results(outcomes: [CompetitorNumber: [RoundOutcome]], cuts: QualificationCuts) -> TradeResults {

        var ranked: [ResultRow] = []
        var others: [ResultRow] = []
        var problems: [MarkProblem] = []
        var flags: [SpreadFlag] = []
        // In number order, so problems list by competitor, then round.
        for competitor in competitors.sorted(by: { $0.number < $1.number }) {
            guard competitor.status == .active, let rounds = outcomes[competitor.number] else {
                let blank = [Points?](repeating: nil, count: competition.rounds.count)
                others.append(ResultRow(competitor: competitor, standing: Standing(competitor.status), scores: blank))
                continue
            }
            let scores = rounds.enumerated().map { index, outcome in
                cuts.takes(index, competitor.number) ? outcome.score : nil
            }
            flags += spreadFlags(competitor.number, rounds, cuts: cuts)
            if cuts.cutRound(competitor.number) != nil {
                others.append(ResultRow(competitor: competitor, standing: .notQualified, scores: scores))
                continue
            }
            // Still in the running: every round they take must have its marks.
            let taken = rounds.indices.filter { cuts.takes($0, competitor.number) }
            let missing = taken.flatMap { rounds[$0].problems }
            problems += missing
            if missing.isEmpty, cuts.isDecided(competitor.number) {
                ranked.append(
                    ResultRow(
                        competitor: competitor, standing: .ranked, scores: scores,
                        total: competition.total(of: scores.map { $0! })))
            } else {
                others.append(ResultRow(competitor: competitor, standing: .incomplete, scores: scores))
            }
        }
        let ranking = Ranking(competition: competition, times: times)
        let prizes = PrizeAllocation(competition: competition)
        let rows = prizes.award(ranking.rank(ranked)) + others.sorted { order($0, $1, cuts: cuts) }
        return TradeResults(trade: trade, rows: rows, problems: problems, flags: flags)
    }

    /// Who takes which round, from outcomes already computed (`outcomes()`).
    func admission(outcomes: [CompetitorNumber: [RoundOutcome]], cuts: QualificationCuts) -> TradeAdmission {
        let active = competitors.filter { $0.status == .active }.sorted { $0.number < $1.number }
        return TradeAdmission(
            trade: trade, competition: competition, outcomes: outcomes, cuts: cuts, competitors: active)
    }

    /// The divergence gate, in the rounds the competitor takes; marks for other rounds are ignored.
    private func spreadFlags(_ number: CompetitorNumber, _ outcomes: [RoundOutcome], cuts: QualificationCuts)
        -> [SpreadFlag]
    {
        competition.rounds.indices.compactMap { index in
            let round = competition.rounds[index]
            guard round.maxSpread != nil, cuts.takes(index, number) else { return nil }
            return SpreadFlag(
                round: round, number: number, judgeMarks: outcomes[index].judgeMarks,
                marks: (marks[number] ?? []).filter { $0.round == round.id })
        }
    }

    /// Sheet order for the rows without a rank (SCORING.md §4).
    private func order(_ lhs: ResultRow, _ rhs: ResultRow, cuts: QualificationCuts) -> Bool {
        let (left, right) = (lhs.standing.sheetGroup, rhs.standing.sheetGroup)
        if left != right { return left < right }
        if lhs.standing == .notQualified {
            let leftKey = cuts.notQualifiedKey(lhs.competitor.number, scores: lhs.scores)
            let rightKey = cuts.notQualifiedKey(rhs.competitor.number, scores: rhs.scores)
            // Those cut in a later round went further; then the qualifying round's score, higher first.
            if leftKey.cutRound != rightKey.cutRound { return leftKey.cutRound > rightKey.cutRound }
            if leftKey.score != rightKey.score { return leftKey.score > rightKey.score }
        }
        return lhs.competitor.number < rhs.competitor.number
    }
}
