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

    package init(
        competition: Competition, competitor: Competitor, registered: Bilingual, line: Int, changes: [CompetitorChange],
        marks: [Mark], results: TradeResults, admission: TradeAdmission
    ) {
        self.competition = competition
        self.competitor = competitor
        self.registered = registered
        self.line = line
        self.changes = changes
        self.marks = marks
        self.results = results
        self.admission = admission
    }

    /// The competitor's line on the trade sheet.
    public var row: ResultRow? { results.rows.first { $0.competitor.number == competitor.number } }
}
