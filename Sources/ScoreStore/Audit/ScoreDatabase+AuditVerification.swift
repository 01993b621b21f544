import GRDB
import Messages
public import StoreValues

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
        try ComparedFacts.using { facts in try verifyAudit(expect: expect, facts, db) }
    }

    /// First the chain, record by record, each record's facts added to `facts` as they are
    /// stated; then, if the chain holds, the database's own facts; then one pass over both in
    /// key order. A broken chain or a forged record is reported alone: the facts of a log that
    /// cannot be trusted are not compared.
    private static func verifyAudit(expect: AuditPin?, _ facts: ComparedFacts, _ db: Database) throws
        -> AuditVerification
    {
        // Chain problems and forged records, in the order of the records; a pin's problem after.
        var broken = ProblemList(limit: AuditVerification.shownLimit)
        var records = 0
        var previous: ChainLink?
        var pinnedHash: String?
        let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM audit_log ORDER BY seq")
        while let row = try cursor.next() {
            let record = AuditRecord(row)
            if let problem = chainProblem(record, after: previous) {
                broken.note(at: ProblemList.Place(first: record.seq)) { problem }
                if previous == nil || record.seq != previous!.seq + 1 {
                    // A gap or a broken link: what follows cannot be trusted to replay.
                    break
                }
            }
            try record.changes.lines { line in try facts.add(.logged, line, seq: record.seq) }
            records += 1
            if record.seq == expect?.record { pinnedHash = record.hash }
            previous = ChainLink(seq: record.seq, hash: record.hash, at: record.at)
        }
        if let expect {
            let place = ProblemList.Place(group: 1)
            if let pinnedHash {
                if pinnedHash != expect.hash {
                    broken.note(at: place) {
                        Bilingual {
                            Phrase.auditPinRewritten.text(
                                in: $0, ["record": "\(expect.record)", "hash": pinnedHash, "pinned": expect.hash])
                        }
                    }
                }
            } else {
                broken.note(at: place) {
                    Bilingual {
                        Phrase.auditPinCut.text(
                            in: $0, ["record": "\(expect.record)", "last": "\(previous?.seq ?? 0)"])
                    }
                }
            }
        }
        // The database is compared only with a log whose chain holds.
        let comparing = broken.isEmpty
        var counts = (facts: 0, rows: 0)
        if comparing {
            for source in AuditFactSources.all {
                try source.currentFactLines(db) { line in
                    if AuditRowFacts.isRowFact(line.key) { counts.rows += 1 } else { counts.facts += 1 }
                    try facts.add(.current, line, seq: 0)
                }
            }
        }
        var pass = FactComparison(broken: broken, comparing: comparing, db)
        try facts.inKeyOrder { row in try pass.take(row) }
        try pass.finish()
        broken = pass.broken
        let reported = broken.isEmpty ? pass.differences : broken
        return AuditVerification(
            records: records, facts: broken.isEmpty ? counts.facts : 0, rows: broken.isEmpty ? counts.rows : 0,
            lastSeq: previous?.seq, lastHash: previous?.hash, problems: reported.problems, moreProblems: reported.more)
    }

    /// Whether the chain still holds `pin` and goes on from it record by record (numbers, links,
    /// hashes, dates): the new head, or nil when it does not (the whole verification says why).
    static func chainContinues(from pin: AuditPin, _ db: Database) throws -> AuditPin? {
        guard
            let pinned = try Row.fetchOne(
                db, sql: "SELECT seq, hash, at FROM audit_log WHERE seq = ?", arguments: [pin.record]),
            pinned["hash"] == pin.hash
        else { return nil }
        var previous = ChainLink(seq: pinned["seq"], hash: pinned["hash"], at: pinned["at"])
        let cursor = try Row.fetchCursor(
            db, sql: "SELECT * FROM audit_log WHERE seq > ? ORDER BY seq", arguments: [pin.record])
        while let row = try cursor.next() {
            let record = AuditRecord(row)
            guard chainProblem(record, after: previous) == nil else { return nil }
            previous = ChainLink(seq: record.seq, hash: record.hash, at: record.at)
        }
        return AuditPin(record: previous.seq, hash: previous.hash)
    }

    /// What the chain check needs of the record before: not its facts, which may be millions.
    private struct ChainLink {
        let seq: Int64
        let hash: String
        let at: String
    }

    private static func chainProblem(_ record: AuditRecord, after previous: ChainLink?) -> Bilingual? {
        let expectedSeq = (previous?.seq ?? 0) + 1
        if record.seq != expectedSeq {
            return Bilingual {
                Phrase.auditRecordMissing.text(
                    in: $0, ["seq": "\(expectedSeq)", "before": "\(expectedSeq - 1)", "after": "\(record.seq)"])
            }
        }
        // Named only for a problem: naming every record (its time shown locally) was half of
        // a verification's time.
        func said(_ phrase: Phrase, _ values: [String: String] = [:]) -> Bilingual {
            let name = describe(record)
            return Bilingual { phrase.text(in: $0, values.merging(["record": name.text(in: $0)]) { $1 }) }
        }
        if let previous {
            if record.previousHash != previous.hash { return said(.auditLinkBroken) }
            if record.at < previous.at {
                return said(.auditDatedBefore, ["previous": "\(previous.seq)", "at": previous.at])
            }
        } else if record.previousHash != AuditRecord.firstPreviousHash,
            record.changes.value(of: AuditRecord.replacedDatabaseFact)?.contains(record.previousHash) != true
        {
            return said(.auditNoChainStart)
        }
        if record.hash != record.expectedHash { return said(.auditRecordChanged) }
        return nil
    }

    static func describe(_ record: AuditRecord?) -> Bilingual {
        guard let record else { return Bilingual { Phrase.auditUnknownRecord.text(in: $0) } }
        return describe(seq: record.seq, kind: record.kind, actor: record.actor, at: record.at)
    }

    /// `record 12, marks.import by 王芳 at 2024-05-18 09:30:00`: the kind and actor as stored.
    static func describe(seq: Int64, kind: String, actor: String, at: String) -> Bilingual {
        let values = ["seq": "\(seq)", "kind": kind, "actor": actor, "at": LocalTime.text(stored: at)]
        return Bilingual { Phrase.auditRecordName.text(in: $0, values) }
    }
}
