import ScoreStore
public import ScoringCore

/// The ranking of each trade (or one), with prizes and titles; provisional while marks are missing.
public struct RankTrades {
    public var trade: TradeID?

    public init(trade: TradeID?) {
        self.trade = trade
    }

    public func run(in venue: Venue) throws -> (competition: Competition, trades: [TradeResults]) {
        let input = try venue.store.scoringInput()
        let chosen = try TradeChoice(trade).trades(of: input.competition).map(\.id)
        let results = Scoring(competition: input.competition).results(
            competitors: input.competitors, marks: input.marks, times: input.times
        ).filter { chosen.contains($0.trade.id) }
        return (input.competition, results)
    }
}
