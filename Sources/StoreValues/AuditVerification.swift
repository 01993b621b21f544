public import Messages

/// What `judge audit verify` found.
public struct AuditVerification: Sendable {
    /// At most this many differences are described; the rest are counted.
    public static let shownLimit = 50

    public let records: Int
    public let facts: Int
    /// Rows of the append-only tables (batches, history, entries, PIN failures) that agree.
    public let rows: Int
    public let lastSeq: Int64?
    public let lastHash: String?
    /// Every broken record or differing fact found, in order, up to `shownLimit`, in both
    /// languages; empty when all is well.
    public let problems: [Bilingual]
    /// How many more differences there are beyond `problems`.
    public let moreProblems: Int

    package init(
        records: Int, facts: Int, rows: Int, lastSeq: Int64?, lastHash: String?, problems: [Bilingual],
        moreProblems: Int
    ) {
        self.records = records
        self.facts = facts
        self.rows = rows
        self.lastSeq = lastSeq
        self.lastHash = lastHash
        self.problems = problems
        self.moreProblems = moreProblems
    }

    /// The first broken record or the first fact that differs; nil when all is well.
    public var problem: Bilingual? { problems.first }

    /// The pin `RECORD:HASH` a publication prints, for `judge audit verify --expect`.
    public var pin: String? { head?.description }

    /// The chain's last record and its hash; nil for an empty log.
    public var head: AuditPin? { lastSeq.flatMap { seq in lastHash.map { AuditPin(record: seq, hash: $0) } } }
}
