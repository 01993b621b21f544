public import ScoringCore

/// What `editCompetitor` changed.
public struct CompetitorEditResult: Sendable {
    public let before: Competitor
    public let after: Competitor
    /// `status: active → absent`, one per field changed.
    public let changes: [String]
    public let batch: Int64
    /// The marks stored for the competitor: kept, and no longer scored when the status leaves active.
    public let marks: Int
}
