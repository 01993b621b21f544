import GRDB

extension ScoreDatabase {
    /// Records a refusal that matters (wrong PIN, outside the panel, recused, ...) in its own
    /// transaction, after the refused one has rolled back: an audit record with no changes.
    func recordRefusal(kind: String, actor: String, summary: String) throws {
        try writer.write { db in try Self.appendRefusal(kind: kind, actor: actor, summary: summary, db) }
    }

    static func appendRefusal(kind: String, actor: String, summary: String, _ db: Database) throws {
        try appendAudit(kind: kind, actor: actor, summary: summary, changes: AuditChanges(), db)
    }

    /// Runs an entry; a refusal marked `recordAs` is recorded once the entry has rolled back.
    func recordingRefusals<T>(actor: String, _ entry: () throws -> T) throws -> T {
        do {
            return try entry()
        } catch let refusal as EntryRefusal {
            if let kind = refusal.recordAs {
                try recordRefusal(kind: kind, actor: actor, summary: refusal.problem)
            }
            throw refusal
        }
    }
}
