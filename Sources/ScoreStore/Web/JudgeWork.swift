public import ScoringCore

/// Whom one judge may mark, read in one snapshot: the roster, the judge's own marks, who
/// takes which round, and per round the competitors whose mark by this judge the entry would
/// take now. The use case adds its own rules and decides what to show.
public struct JudgeWork: Sendable {
    public var competition: Competition
    public var competitors: [Competitor]
    /// This judge's marks only.
    public var marks: [Mark]
    public var admissions: [TradeAdmission]
    /// By the entry's own checks (panel, recusal with its allowances, the round's number of
    /// judges), so that a sheet never offers a mark the entry refuses.
    public var open: [RoundID: Set<CompetitorNumber>]
}
