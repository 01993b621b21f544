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
}
