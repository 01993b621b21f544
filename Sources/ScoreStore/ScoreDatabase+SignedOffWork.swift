import GRDB
public import Messages
import StoreValues

extension ScoreDatabase {
    /// The chain's last record, or nil for an empty log.
    public func auditHead() throws -> (record: Int64, hash: String)? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").map {
                ($0["seq"], $0["hash"])
            }
        }
    }

    /// What a replacement would throw away that only the chief judge may: round locks and
    /// publications, one line each kind; empty when there are none. The tables answer only
    /// when the audit log vouches for them: a log that fails verification (locks or
    /// publications deleted to dodge this) needs the chief judge too.
    public func signedOffWork() throws -> [Bilingual] {
        try writer.read { db in
            var work: [Bilingual] = []
            if let problem = try Self.verifyAudit(db).problem {
                work.append(Bilingual { Phrase.signedOffAuditFails.text(in: $0, ["problem": problem.text(in: $0)]) })
            }
            let locks = try Int.fetchOne(db, sql: "SELECT count(*) FROM round_lock") ?? 0
            let publications = try Int.fetchOne(db, sql: "SELECT count(*) FROM publication") ?? 0
            if locks > 0 { work.append(Bilingual { Phrase.signedOffLocks.text(in: $0, ["count": "\(locks)"]) }) }
            if publications > 0 {
                work.append(Bilingual { Phrase.signedOffPublications.text(in: $0, ["count": "\(publications)"]) })
            }
            return work
        }
    }
}
