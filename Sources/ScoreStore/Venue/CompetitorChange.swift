import GRDB
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
}

extension CompetitorChange {
    init(_ row: Row) {
        batch = row["batch_id"]
        changes = row["changes"]
        reason = row["reason"]
        by = row["changed_by"]
        chief = (row["chief"] as String?).map { JudgeID($0) }
        at = row["changed_at"]
    }
}
