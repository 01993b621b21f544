import ScoringCore

/// What `revertBatch` took back.
public struct RevertResult: Sendable {
    public let batch: Int64
    public let kind: String
    public let file: String?
    /// The batch that records the revert.
    public let revertBatch: Int64
    public var removed = 0
    public var restored = 0

    package init(
        batch: Int64, kind: String, file: String?, revertBatch: Int64, removed: Int = 0, restored: Int = 0
    ) {
        self.batch = batch
        self.kind = kind
        self.file = file
        self.revertBatch = revertBatch
        self.removed = removed
        self.restored = restored
    }
}
