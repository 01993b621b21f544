import GRDB
public import Messages
public import ScoringCore

/// Everything `judge competitors show` prints about one competitor, read in one snapshot.
public struct CompetitorDetail: Sendable {
    public let competition: Competition
    public let competitor: Competitor
    /// `batch 2, roster import roster.csv by 张三 at 2026-12-01 16:00:45` (and its Chinese), line
    public let registered: Bilingual
    public let line: Int
    public let changes: [CompetitorChange]
    /// Every stored mark, scored or not (an absent competitor's marks are kept, never scored).
    public let marks: [Mark]
    /// The competitor's trade sheet, from the scoring core.
    public let results: TradeResults
    /// Who takes which round of the trade: marks of a round the competitor does not take are
    /// kept, not scored.
    public let admission: TradeAdmission

    /// The competitor's line on the trade sheet.
    public var row: ResultRow? { results.rows.first { $0.competitor.number == competitor.number } }
}

extension ScoreDatabase {
    public func competitorDetail(number: CompetitorNumber) throws -> CompetitorDetail {
        try writer.read { db in
            let (id, competitor) = try Self.competitorToEdit(number, db)
            let origin = try Row.fetchOne(
                db,
                sql: "SELECT b.*, c.line FROM competitor c JOIN entry_batch b ON b.id = c.batch_id WHERE c.id = ?",
                arguments: [id])
            let competition = try Self.competition(db)
            // The trade's marks read once, for the sheet and for this competitor's own lines.
            let scored = try Self.scoredTrade(competitor.trade, of: competition, db)
            let changes = try Row.fetchAll(
                db, sql: "SELECT * FROM competitor_change WHERE competitor_id = ? ORDER BY id", arguments: [id]
            ).map(CompetitorChange.init)
            return CompetitorDetail(
                competition: competition, competitor: competitor,
                registered: origin.map { Self.batchName($0["id"], $0) } ?? Bilingual(zh: "", en: ""),
                line: origin?["line"] ?? 0, changes: changes, marks: scored.marks[competitor.number] ?? [],
                results: scored.results,
                admission: Scoring(competition: competition).admission(
                    for: scored.results.trade, competitors: scored.results.rows.map(\.competitor), marks: scored.marks))
        }
    }
}
