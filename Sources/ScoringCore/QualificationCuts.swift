/// Who takes each round, within one trade (晋级, SCORING.md §6).
///
/// A round without `qualify` admits every active competitor; a round with
/// `qualify: { after: A, … }` admits those admitted to A whose score in A passes the cut,
/// ranked among everyone admitted to A who has that score.
struct QualificationCuts {
    /// Per round index: the competitors it admits.
    private var admitted: [Set<CompetitorNumber>] = []
    /// Per round index: competitors whose admission waits for missing marks in an earlier round.
    private var undecided: [Set<CompetitorNumber>] = []
    private let competition: Competition

    init(competition: Competition, active: [Competitor], outcomes: [CompetitorNumber: [RoundOutcome]]) {
        self.competition = competition
        let everyone = Set(active.map(\.number))
        for round in competition.rounds {
            guard let qualify = round.qualify,
                let after = competition.rounds.firstIndex(where: { $0.id == qualify.after })
            else {
                admitted.append(everyone)
                undecided.append([])
                continue
            }
            let pool = admitted[after]
            let scores = pool.compactMap { number in outcomes[number]?[after].score.map { (number, $0) } }
            let earlierScores = scores.map(\.1)
            admitted.append(Set(scores.filter { Self.passes($0.1, qualify.cut, among: earlierScores) }.map(\.0)))
            undecided.append(undecided[after].union(pool.filter { outcomes[$0]?[after].score == nil }))
        }
    }

    /// Standard competition ranking without tie-break: ties at the cut all go through.
    private static func passes(_ score: Points, _ cut: Qualification.Cut, among scores: [Points]) -> Bool {
        switch cut {
        case .top(let count): scores.count(where: { $0 > score }) + 1 <= count
        case .minScore(let minimum): score >= minimum
        }
    }

    func takes(_ roundIndex: Int, _ number: CompetitorNumber) -> Bool {
        admitted[roundIndex].contains(number)
    }

    /// Whether a competitor takes a round; nil while that waits for missing marks of an earlier round.
    func admits(_ roundIndex: Int, _ number: CompetitorNumber) -> Bool? {
        if admitted[roundIndex].contains(number) { return true }
        return undecided[roundIndex].contains(number) ? nil : false
    }

    /// The first round a competitor was cut from, when a cut is certain.
    func cutRound(_ number: CompetitorNumber) -> Int? {
        admitted.indices.first { !admitted[$0].contains(number) && !undecided[$0].contains(number) }
    }

    /// Whether every round's admission is known for this competitor.
    func isDecided(_ number: CompetitorNumber) -> Bool {
        !undecided.contains { $0.contains(number) }
    }

    /// Sheet order within not-qualified: cut later first, then the qualifying round's score, higher first.
    func notQualifiedKey(_ number: CompetitorNumber, scores: [Points?]) -> (cutRound: Int, score: Points) {
        let cut = cutRound(number) ?? competition.rounds.count
        guard cut < competition.rounds.count, let after = competition.rounds[cut].qualify?.after,
            let index = competition.rounds.firstIndex(where: { $0.id == after })
        else { return (cut, .zero) }
        return (cut, scores[index] ?? .zero)
    }
}
