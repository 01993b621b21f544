import GRDB

/// What `judge audit verify` found.
public struct AuditVerification: Sendable {
    public let records: Int
    public let facts: Int
    public let lastHash: String?
    /// The first broken record or the first fact that differs; nil when all is well.
    public let problem: String?
    /// How many more differences there are after the first.
    public let moreProblems: Int
}

extension ScoreDatabase {
    /// Checks the chain of hashes, then replays the log and compares every fact it gives with
    /// the database as it is, so an edit made directly in the SQLite file is found.
    public func verifyAudit() throws -> AuditVerification {
        try writer.read { db in
            var replayed: [String: (value: String, seq: Int64)] = [:]
            // Only each record's description: an import's record holds a megabyte of facts.
            var records: [Int64: String] = [:]
            var previous: AuditRecord?
            let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM audit_log ORDER BY seq")
            while let row = try cursor.next() {
                let record = AuditRecord(row)
                if let broken = Self.chainProblem(record, after: previous) {
                    return AuditVerification(
                        records: records.count, facts: 0, lastHash: previous?.hash, problem: broken, moreProblems: 0)
                }
                record.changes.forEach { fact, value in
                    if let value { replayed[fact.key] = (value, record.seq) } else { replayed[fact.key] = nil }
                }
                records[record.seq] = Self.describe(record)
                previous = record
            }

            var facts = 0
            var firstProblem: String?
            var problemCount = 0
            func note(_ problem: @autoclosure () -> String) {
                if firstProblem == nil { firstProblem = problem() }
                problemCount += 1
            }
            for source in AuditFactSources.all {
                try source.currentFacts(db) { fact, value in
                    facts += 1
                    guard let logged = replayed.removeValue(forKey: fact.key) else {
                        note("\(fact): the database has \(AuditText.readable(value)), which no audit record gives")
                        return
                    }
                    if logged.value != value {
                        note(
                            "\(fact): the database has \(AuditText.readable(value)), the audit log says \(AuditText.readable(logged.value)) (\(records[logged.seq] ?? "an unknown record"))"
                        )
                    }
                }
            }
            for (key, logged) in replayed.sorted(by: { $0.value.seq < $1.value.seq }) {
                note(
                    "\(AuditFact(key: key)): the audit log says \(AuditText.readable(logged.value)) (\(records[logged.seq] ?? "an unknown record")), but the database has none"
                )
            }
            return AuditVerification(
                records: records.count, facts: facts, lastHash: previous?.hash, problem: firstProblem,
                moreProblems: max(0, problemCount - 1))
        }
    }

    private static func chainProblem(_ record: AuditRecord, after previous: AuditRecord?) -> String? {
        let expectedSeq = (previous?.seq ?? 0) + 1
        if record.seq != expectedSeq {
            return "audit record \(expectedSeq) is missing: the log goes from \(expectedSeq - 1) to \(record.seq)"
        }
        let expectedPrevious = previous?.hash ?? AuditRecord.firstPreviousHash
        if record.previousHash != expectedPrevious {
            return "\(describe(record)) does not follow the record before it: the chain of hashes is broken"
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
