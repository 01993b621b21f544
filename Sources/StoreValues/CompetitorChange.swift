public import ScoringCore

/// One recorded edit of a competitor, as `judge competitors show` lists it.
public struct CompetitorChange: Sendable, Equatable {
    public var batch: Int64
    public var changes: String
    public var reason: String
    public var by: String
    public var chief: JudgeID?
    /// Stored UTC text.
    public var at: String

    package init(batch: Int64, changes: String, reason: String, by: String, chief: JudgeID?, at: String) {
        self.batch = batch
        self.changes = changes
        self.reason = reason
        self.by = by
        self.chief = chief
        self.at = at
    }
}
