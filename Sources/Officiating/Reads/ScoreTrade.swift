import ScoreStore
public import ScoringCore

/// One trade's sheet with every mark behind it, read in one snapshot: for the score detail
/// sheet (评分明细) and the judges' consistency report.
public struct ScoreTrade {
    public var trade: TradeID

    public init(trade: TradeID) {
        self.trade = trade
    }

    public func run(in venue: Venue) throws -> (
        competition: Competition, results: TradeResults, marks: [CompetitorNumber: [Mark]]
    ) {
        try venue.store.scoredTradeWithMarks(trade)
    }
}
