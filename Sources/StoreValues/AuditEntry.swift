import ScoringCore

/// One record of the audit log, readable.
public struct AuditEntry: Sendable {
    public let seq: Int64
    public let at: String
    public let kind: String
    public let actor: String
    public let summary: String
    /// The entry batch of an import, typed mark, correction or revert: what `judge score revert --batch` takes.
    public let batch: Int64?
    /// `mark 1023 practical J3 C2 = 85.50`, one per fact set or removed (only those of the
    /// competitor asked for, when one was).
    public let changes: [String]

    package init(
        seq: Int64, at: String, kind: String, actor: String, summary: String, batch: Int64?, changes: [String]
    ) {
        self.seq = seq
        self.at = at
        self.kind = kind
        self.actor = actor
        self.summary = summary
        self.batch = batch
        self.changes = changes
    }
}
