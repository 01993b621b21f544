import GRDB

extension ScoreDatabase {
    /// A refusal recorded inside a write transaction that commits (a wrong PIN with its failure count).
    static func appendRefusal(kind: String, actor: String, summary: String, _ db: Database) throws {
        try appendAudit(kind: kind, actor: actor, summary: summary, changes: AuditChanges(), db)
    }

    /// Runs an entry; a refusal marked `recordAs` is recorded (`recordRefusal`, its own
    /// transaction) once the entry has rolled back.
    func recordingRefusals<T>(actor: String, _ entry: () throws -> T) throws -> T {
        do {
            return try entry()
        } catch let refusal as EntryRefusal {
            if let kind = refusal.recordAs {
                try recordRefusal(kind: kind, actor: actor, summary: refusal.problem)
            }
            throw refusal
        } catch let refusals as ImportRefusals {
            try recordRefusals(refusals, actor: actor)
            throw refusals
        }
    }
}

extension ScoreDatabase {
    /// Records an import's audited refusals, in one transaction, once the import has rolled back.
    func recordRefusals(_ refusals: ImportRefusals, actor: String) throws {
        guard !refusals.records.isEmpty else { return }
        try writer.write { db in
            for record in refusals.records {
                try Self.appendRefusal(kind: record.kind, actor: actor, summary: record.summary, db)
            }
        }
    }
}
