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
