import GRDB
public import ScoringCore

extension ScoreDatabase {
    /// One trade's sheet with every mark behind it, read in one snapshot: for the score detail
    /// sheet (评分明细) and the judges' consistency report.
    public func scoredTradeWithMarks(_ trade: TradeID) throws -> (
        competition: Competition, results: TradeResults, marks: [CompetitorNumber: [Mark]]
    ) {
        try writer.read { db in
            let competition = try Self.competition(db)
            let results = try Self.tradeResults(trade, of: competition, db)
            return (competition, results, try Self.tradeEntries(trade, db).1)
        }
    }
}
