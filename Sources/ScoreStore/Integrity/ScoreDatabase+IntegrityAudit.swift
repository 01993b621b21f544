import GRDB
import ScoringCore

/// Audit records and facts of the integrity tables, so that `judge audit verify` sees a
/// credential, recusal allowance, panel or open double entry edited directly in the file.
extension ScoreDatabase {
    static func recordCredential(judge: JudgeID, hash: String, reissued: Bool, issuer: String, _ db: Database)
        throws
    {
        var changes = AuditChanges()
        changes.set(IntegrityFacts.credential(judge: judge.rawValue), to: hash)
        try appendAudit(
            kind: "credential.issue", actor: issuer,
            summary: "\(reissued ? "re-issued" : "issued") a PIN to judge \(judge)", changes: changes, db)
    }
}
