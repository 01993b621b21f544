import GRDB
import Messages

extension ScoreDatabase {
    /// A refusal recorded inside a write transaction that commits (a wrong PIN with its failure count).
    static func appendRefusal(kind: String, actor: String, summary: String, _ db: Database) throws {
        try appendAudit(kind: kind, actor: actor, summary: summary, changes: AuditChanges(), db)
    }

    /// The one way a refusal that matters (a panel, a recusal, a protected mark, a locked
    /// round …: `Refusal.audited`) reaches the audit log: `write` ran and rolled back, then
    /// its audited refusals are recorded in a transaction of their own and the refusal is
    /// thrown on. `source` (`score import m.csv`) begins the record of a refusal with a note.
    public func recordingRefusals<T>(actor: String, source: String? = nil, _ write: () throws -> T) throws -> T {
        do {
            return try write()
        } catch let refusal as Refusal {
            try record([refusal], moreAudited: [:], actor: actor, source: source)
            throw refusal
        } catch let refusals as Refusals {
            try record(refusals.refusals, moreAudited: refusals.moreAudited, actor: actor, source: source)
            throw refusals
        }
    }

    private func record(_ refusals: [Refusal], moreAudited: [String: Int], actor: String, source: String?) throws {
        guard refusals.contains(where: { $0.audited != nil }) || !moreAudited.isEmpty else { return }
        try writer.write { db in
            try Self.appendRefusals(refusals, moreAudited: moreAudited, actor: actor, source: source, db)
        }
    }

    /// The audit records of `refusals` (those that matter) after what they refused was rolled back.
    static func appendRefusals(
        _ refusals: [Refusal], moreAudited: [String: Int] = [:], actor: String, source: String?, _ db: Database
    ) throws {
        for refusal in refusals where refusal.audited != nil {
            let summary =
                refusal.auditNote.map { note in source.map { "\($0) \(note)" } ?? note } ?? refusal.auditSummary
            try appendRefusal(kind: refusal.audited!, actor: actor, summary: summary, db)
        }
        for (kind, more) in moreAudited.sorted(by: { $0.key < $1.key }) {
            try appendRefusal(
                kind: kind, actor: actor, summary: "and \(more) more rows of the same import refused as \(kind)", db)
        }
    }
}
