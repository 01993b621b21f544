/// Who is cut by each round's qualification (晋级, SCORING.md §6), within one trade.
struct QualificationCuts {
    /// The index of the round whose cut a competitor failed.
    private(set) var cutRound: [CompetitorNumber: Int] = [:]
    /// The index of the first round whose cut could not be decided yet (earlier marks missing).
    private var undecidedRound: [CompetitorNumber: Int] = [:]
    private var qualifyingScore: [CompetitorNumber: Points] = [:]
    private let roundCount: Int

    init(competition: Competition, active: [Competitor], outcomes: [CompetitorNumber: [RoundOutcome]]) {
        roundCount = competition.rounds.count
        for (index, round) in competition.rounds.enumerated() {
            guard let qualify = round.qualify,
                let after = competition.rounds.firstIndex(where: { $0.id == qualify.after })
            else { continue }
            // Everyone who took the earlier round and has its score is in the ranking for the cut.
            let tookEarlier = active.filter { takes(after, $0.number) }
            let earlierScores = tookEarlier.compactMap { outcomes[$0.number]?[after].score }
            for competitor in tookEarlier where takes(index, competitor.number) {
                guard let score = outcomes[competitor.number]?[after].score else {
                    undecidedRound[competitor.number] = index
                    continue
                }
                if !Self.passes(score, qualify.cut, among: earlierScores) {
                    cutRound[competitor.number] = index
                    qualifyingScore[competitor.number] = score
                }
            }
        }
    }

    /// Standard competition ranking without tie-break: ties at the cut all go through.
    private static func passes(_ score: Points, _ cut: Qualification.Cut, among scores: [Points]) -> Bool {
        switch cut {
        case .top(let count): scores.count(where: { $0 > score }) + 1 <= count
        case .minScore(let minimum): score >= minimum
        }
    }

    /// Whether the competitor is still in the competition when the round at `index` is marked.
    private func takes(_ index: Int, _ number: CompetitorNumber) -> Bool {
        (cutRound[number] ?? roundCount) > index && (undecidedRound[number] ?? roundCount) > index
    }

    func isDecided(_ number: CompetitorNumber) -> Bool { undecidedRound[number] == nil }

    /// How many rounds (from the first) are known to be taken, so their marks are required.
    func decidedRounds(of number: CompetitorNumber) -> Int {
        min(cutRound[number] ?? roundCount, undecidedRound[number] ?? roundCount)
    }

    func notQualifiedKey(_ number: CompetitorNumber) -> (cutRound: Int, score: Points) {
        (cutRound[number] ?? roundCount, qualifyingScore[number] ?? .zero)
    }
}
