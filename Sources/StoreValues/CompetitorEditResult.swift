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

    package init(before: Competitor, after: Competitor, changes: [String], batch: Int64, marks: Int) {
        self.before = before
        self.after = after
        self.changes = changes
        self.batch = batch
        self.marks = marks
    }
}
