import GRDB
import Messages
public import StoreValues

extension Refusal {
    /// A sign-off refused because `judge audit verify` fails: the chief judge must not lock,
    /// publish or make final a database that was edited outside `judge`. The differences are
    /// listed in both languages, as `judge audit verify` prints them.
    static func auditBroken(_ action: String, _ verification: AuditVerification) -> Refusal {
        let shown = verification.problems.prefix(10)
        let more = verification.problems.count - shown.count + verification.moreProblems
        func lines(in language: Language) -> String {
            let more = more > 0 ? [Phrase.auditGateMore.text(in: language, ["count": "\(more)"])] : []
            return (shown.map { "  " + $0.text(in: language) } + more).joined(separator: "\n")
        }
        return Refusal(.auditBroken, ["action": action, "problems": lines(in: .en), "problems.zh": lines(in: .zh)])
    }
}

extension ScoreDatabase {
    /// The same check for a command about to sign off: the verification, whose `pin` names the
    /// chain's last record, or the `audit_broken` refusal.
    public func requireIntactAudit(for action: String) throws -> AuditVerification {
        let verification = try verifyAudit()
        guard verification.problems.isEmpty else {
            throw Refusal.auditBroken(action, verification)
        }
        return verification
    }

    /// Runs the whole verification inside the caller's transaction; refuses on any difference.
    /// `verified`: the chain's last record when the caller's own verification passed, just
    /// before this transaction. If the chain still ends there, nothing was written since and
    /// the whole verification is not run twice; if a record came since, it is.
    static func requireIntactAudit(for action: String, verified: AuditPin? = nil, _ db: Database) throws {
        if let verified,
            let head = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"),
            AuditPin(record: head["seq"], hash: head["hash"]) == verified
        {
            return
        }
        let verification = try verifyAudit(db)
        guard verification.problems.isEmpty else {
            throw Refusal.auditBroken(action, verification)
        }
    }
}
