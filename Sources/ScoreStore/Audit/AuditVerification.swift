import GRDB

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
    /// Every broken record or differing fact found, in order, up to `shownLimit`; empty when all is well.
    public let problems: [String]
    /// How many more differences there are beyond `problems`.
    public let moreProblems: Int

    /// The first broken record or the first fact that differs; nil when all is well.
    public var problem: String? { problems.first }

    /// The pin `RECORD:HASH` a publication prints, for `judge audit verify --expect`.
    public var pin: String? { lastSeq.flatMap { seq in lastHash.map { "\(seq):\($0)" } } }
}

extension ScoreDatabase {
    /// Checks the chain of hashes, then replays the log and compares every fact it gives with
    /// the database as it is, so an edit made directly in the SQLite file is found. `expect`
    /// (`RECORD:HASH`, printed by a publication) must name a record of the chain with that
    /// hash: a log cut short or rewritten after the publication is found even when its own
    /// hashes agree.
    public func verifyAudit(expect: AuditPin? = nil) throws -> AuditVerification {
        try writer.read { db in try Self.verifyAudit(expect: expect, db) }
    }

    static func verifyAudit(expect: AuditPin? = nil, _ db: Database) throws -> AuditVerification {
        try ReplayedFacts.using { replayed in try verifyAudit(expect: expect, replayed, db) }
    }

    private static func verifyAudit(expect: AuditPin?, _ replayed: ReplayedFacts, _ db: Database) throws
        -> AuditVerification
    {
        var problems: [String] = []
        var problemCount = 0
        func note(_ problem: @autoclosure () throws -> String) rethrows {
            if problems.count < AuditVerification.shownLimit { problems.append(try problem()) }
            problemCount += 1
        }
        var records = 0
        var previous: AuditRecord?
        var pinned: AuditRecord?
        let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM audit_log ORDER BY seq")
        while let row = try cursor.next() {
            let record = AuditRecord(row)
            if let broken = chainProblem(record, after: previous) {
                note(broken)
                if previous == nil || record.seq != previous!.seq + 1 {
                    // A gap or a broken link: what follows cannot be trusted to replay.
                    break
                }
            }
            try record.changes.forEach { fact, value in
                guard let value else {
                    try replayed.remove(fact.key)
                    return
                }
                if AuditRowFacts.isRowFact(fact.key), let earlier = try replayed.value(of: fact.key),
                    earlier.value != value
                {
                    try note(
                        "\(describe(record)) states \(fact) again with another value (\(AuditText.readable(value)); \(try describe(seq: earlier.seq, db)) gave \(AuditText.readable(earlier.value))): a stored row never changes, so the record was forged"
                    )
                }
                try replayed.set(fact.key, to: value, by: record.seq)
            }
            records += 1
            if record.seq == expect?.record { pinned = record }
            previous = record
        }
        if let expect {
            if let pinned {
                if pinned.hash != expect.hash {
                    note(
                        "audit record \(expect.record) has hash \(pinned.hash), but the publication pinned \(expect.hash): the log was rewritten after it was published"
                    )
                }
            } else {
                note(
                    "audit record \(expect.record) is missing (the log ends at record \(previous?.seq ?? 0)), but a publication pinned it: the log was cut short after it was published"
                )
            }
        }
        guard problems.isEmpty else {
            return AuditVerification(
                records: records, facts: 0, rows: 0, lastSeq: previous?.seq, lastHash: previous?.hash,
                problems: problems, moreProblems: max(0, problemCount - problems.count))
        }
        var facts = 0
        var rows = 0
        for source in AuditFactSources.all {
            try source.currentFacts(db) { fact, value in
                if AuditRowFacts.isRowFact(fact.key) { rows += 1 } else { facts += 1 }
                guard let logged = try replayed.take(fact.key) else {
                    note("\(fact): the database has \(AuditText.readable(value)), which no audit record gives")
                    return
                }
                if logged.value != value {
                    try note(
                        "\(fact): the database has \(AuditText.readable(value)), the audit log says \(AuditText.readable(logged.value)) (\(try describe(seq: logged.seq, db)))"
                    )
                }
            }
        }
        try replayed.remaining { key, value, seq in
            try note(
                "\(AuditFact(key: key)): the audit log says \(AuditText.readable(value)) (\(try describe(seq: seq, db))), but the database has none"
            )
        }
        return AuditVerification(
            records: records, facts: facts, rows: rows, lastSeq: previous?.seq, lastHash: previous?.hash,
            problems: problems, moreProblems: max(0, problemCount - problems.count))
    }

    /// A record named in a message, read again: only a record's description is worth a lookup,
    /// and only when something differs.
    private static func describe(seq: Int64, _ db: Database) throws -> String {
        try describe(
            Row.fetchOne(db, sql: "SELECT * FROM audit_log WHERE seq = ?", arguments: [seq]).map(AuditRecord.init))
    }

    private static func chainProblem(_ record: AuditRecord, after previous: AuditRecord?) -> String? {
        let expectedSeq = (previous?.seq ?? 0) + 1
        if record.seq != expectedSeq {
            return "audit record \(expectedSeq) is missing: the log goes from \(expectedSeq - 1) to \(record.seq)"
        }
        if let previous {
            if record.previousHash != previous.hash {
                return "\(describe(record)) does not follow the record before it: the chain of hashes is broken"
            }
            if record.at < previous.at {
                return
                    "\(describe(record)) is dated before record \(previous.seq) (\(previous.at)): audit times never go backwards"
            }
        } else if record.previousHash != AuditRecord.firstPreviousHash,
            record.changes.value(of: AuditRecord.replacedDatabaseFact)?.contains(record.previousHash) != true
        {
            return "\(describe(record)) does not start a chain: it follows a hash that no replaced database names"
        }
        if record.hash != record.expectedHash {
            return "\(describe(record)) was changed after it was written: its content no longer matches its hash"
        }
        return nil
    }

    static func describe(_ record: AuditRecord?) -> String {
        guard let record else { return "an unknown record" }
        return "record \(record.seq), \(record.kind) by \(record.actor) at \(LocalTime.text(stored: record.at))"
    }
}

/// `RECORD:HASH`: the audit chain's last record when a publication was made.
public struct AuditPin: Equatable, Sendable, CustomStringConvertible {
    public let record: Int64
    public let hash: String

    public init(record: Int64, hash: String) {
        self.record = record
        self.hash = hash
    }

    /// Parses `12:3fa4…` (the hash as 64 lower-case hex digits); nil when malformed.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let record = Int64(parts[0]), record > 0,
            parts[1].count == 64, parts[1].allSatisfy({ $0.isHexDigit && !$0.isUppercase })
        else { return nil }
        self.init(record: record, hash: String(parts[1]))
    }

    public var description: String { "\(record):\(hash)" }
}
