import ScoreStore
public import ScoringCore

/// What the hall board shows to anyone: per trade, each round's progress; the ranking only once
/// every round of the trade is locked. No mark, score or rank is in here before that.
public struct HallBoard: Sendable, Equatable {
    public struct TradeBoard: Sendable, Equatable {
        public let trade: Trade
        public let rounds: [RoundProgress]
        /// nil until every round of the trade is locked.
        public let results: [Placing]?
    }

    /// Counts only: how many competitors are complete, of how many.
    public struct RoundProgress: Sendable, Equatable {
        public let round: Round
        public let entered: Int
        public let expected: Int
        public let locked: Bool
    }

    public struct Placing: Sendable, Equatable {
        public let rank: Int
        public let competitor: Competitor
        public let total: Points
        public let prize: PrizeTier?
    }

    public let competitionID: String
    public let competitionName: String
    public let trades: [TradeBoard]

    public static func read(_ venue: Venue) throws -> HallBoard {
        let (competition, trades) = try RoundState.read(venue)
        return HallBoard(
            competitionID: competition.id, competitionName: competition.name,
            trades: trades.map { results, rounds in
                let signedOff = rounds.allSatisfy(\.locked)
                return TradeBoard(
                    trade: results.trade,
                    rounds: rounds.map {
                        RoundProgress(round: $0.round, entered: $0.entered, expected: $0.expected, locked: $0.locked)
                    },
                    results: signedOff
                        ? results.rows.compactMap { row in
                            guard let rank = row.rank, let total = row.total else { return nil }
                            return Placing(rank: rank, competitor: row.competitor, total: total, prize: row.prize)
                        } : nil)
            })
    }
}
