import GRDB
import Messages

extension Refusal {
    /// A sign-off refused because `judge audit verify` fails: the chief judge must not lock,
    /// publish or make final a database that was edited outside `judge`. The differences stay
    /// English, as `judge audit verify` prints them.
    static func auditBroken(_ action: String, _ verification: AuditVerification) -> Refusal {
        let shown = verification.problems.prefix(10).map { "  " + $0 }
        let more = verification.problems.count - shown.count + verification.moreProblems
        let lines = shown + (more > 0 ? ["  … and \(more) more differences (`judge audit verify` lists them)"] : [])
        return Refusal(.auditBroken, ["action": action, "problems": lines.joined(separator: "\n")])
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
    static func requireIntactAudit(for action: String, _ db: Database) throws {
        let verification = try verifyAudit(db)
        guard verification.problems.isEmpty else {
            throw Refusal.auditBroken(action, verification)
        }
    }
}
