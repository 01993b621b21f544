import GRDB

/// A sign-off refused because `judge audit verify` fails: the chief judge must not lock,
/// publish or make final a database that was edited outside `judge`.
public struct AuditGateRefusal: Error, Sendable, CustomStringConvertible {
    public let action: String
    public let verification: AuditVerification

    public var description: String {
        let shown = verification.problems.prefix(10).map { "  " + $0 }
        let more = verification.problems.count - shown.count + verification.moreProblems
        return
            ([
                "\(action) refused: the audit log does not match the database (`judge audit verify` fails), so it may have been changed outside judge:"
            ] + shown + (more > 0 ? ["  … and \(more) more differences (`judge audit verify` lists them)"] : [])
            + ["find out what changed and restore the database from a trusted copy before signing anything off"])
            .joined(separator: "\n")
    }
}

extension ScoreDatabase {
    /// The same check for a command about to sign off: the verification, whose `pin` names the
    /// chain's last record, or `AuditGateRefusal`.
    public func requireIntactAudit(for action: String) throws -> AuditVerification {
        let verification = try verifyAudit()
        guard verification.problems.isEmpty else {
            throw AuditGateRefusal(action: action, verification: verification)
        }
        return verification
    }

    /// Runs the whole verification inside the caller's transaction; refuses on any difference.
    static func requireIntactAudit(for action: String, _ db: Database) throws {
        let verification = try verifyAudit(db)
        guard verification.problems.isEmpty else {
            throw AuditGateRefusal(action: action, verification: verification)
        }
    }
}
