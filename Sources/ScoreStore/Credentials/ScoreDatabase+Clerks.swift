public import Foundation
import GRDB
import Messages
public import ScoringCore

/// Clerks (录入员) as people: declared in the competition file, each with a PIN issued like a
/// judge's, so that a batch import and a double entry name someone who proved who they are.
extension ScoreDatabase {
    static func saveSafeguards(_ competition: Competition, into changes: inout AuditChanges, _ db: Database) throws {
        for (position, clerk) in competition.clerks.enumerated() {
            try db.execute(
                sql: "INSERT INTO clerk (id, position, name) VALUES (?, ?, ?)",
                arguments: [clerk.id, position, clerk.name])
            changes.set(ClerkFacts.clerk(clerk.id), to: clerk.name)
        }
        if let days = competition.noticeDaysMin {
            try db.execute(
                sql: "INSERT INTO competition_option (name, value) VALUES ('notice_days_min', ?)",
                arguments: [String(days)])
            changes.set(ClerkFacts.option("notice_days_min"), to: String(days))
        }
    }

    static func loadSafeguards(into competition: inout Competition, _ db: Database) throws {
        competition.clerks = try Row.fetchAll(db, sql: "SELECT id, name FROM clerk ORDER BY position").map {
            Clerk(id: $0["id"], name: $0["name"])
        }
        competition.noticeDaysMin = try String.fetchOne(
            db, sql: "SELECT value FROM competition_option WHERE name = 'notice_days_min'"
        ).flatMap { Int($0) }
    }

    /// The clerks who hold a PIN.
    public func clerksWithCredentials() throws -> Set<String> {
        try writer.read { db in Set(try String.fetchAll(db, sql: "SELECT clerk_id FROM clerk_credential")) }
    }

    /// Issues each clerk a new PIN (replacing any earlier one), recorded as `credential.issue`.
    public func issueClerkCredentials(to clerks: [String], issuer: String) throws -> [(clerk: Clerk, pin: String)] {
        let competition = try competition()
        var issued: [(Clerk, String, String)] = []
        for id in clerks {
            guard let clerk = competition.clerks.first(where: { $0.id == id }) else {
                throw Refusal(
                    .unknownClerk, at: .option("--clerk"), ["value": id, "known": competition.clerks.map(\.id).listed])
            }
            let pin = PINHash.newPIN()
            issued.append((clerk, pin, try PINHash.hash(pin)))
        }
        return try writer.write { db in
            try issued.map { clerk, pin, hash in
                let earlier = try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM clerk_credential WHERE clerk_id = ?)", arguments: [clerk.id])
                try db.execute(
                    sql: """
                        INSERT INTO clerk_credential (clerk_id, hash, issued_by, issued_at) VALUES (?, ?, ?, judge_now())
                        ON CONFLICT (clerk_id) DO UPDATE SET hash = excluded.hash, issued_by = excluded.issued_by,
                            issued_at = excluded.issued_at
                        """,
                    arguments: [clerk.id, hash, issuer])
                var changes = AuditChanges()
                changes.set(ClerkFacts.credential(clerk.id), to: hash)
                try Self.appendAudit(
                    kind: "credential.issue", actor: issuer,
                    summary: "\(earlier == true ? "re-issued" : "issued") a PIN to clerk \(clerk.id) \(clerk.name)",
                    changes: changes, db)
                return (clerk, pin)
            }
        }
    }

    /// Checks a clerk's PIN; a refusal is recorded (the audit log, and a wrong PIN in
    /// `clerk_pin_failure`) through `recordingRefusals`, as for judges. Five wrong PINs within
    /// 15 minutes lock the clerk out for 15 minutes, as for judges.
    public func verifyClerkPIN(clerk: String, pin: String?, purpose: String, now: Date? = nil) throws {
        let competition = try competition()
        guard competition.clerks.contains(where: { $0.id == clerk }) else {
            throw Refusal(
                .unknownClerk, at: .option("--clerk"), ["value": clerk, "known": competition.clerks.map(\.id).listed])
        }
        try recordingRefusals(actor: clerk) {
            try checkClerkPIN(clerk: clerk, pin: pin, purpose: purpose, now: now ?? clock.now())
        }
    }

    private func checkClerkPIN(clerk: String, pin: String?, purpose: String, now: Date) throws {
        let time = Int64(now.timeIntervalSince1970)
        let (hash, recent) = try writer.read { db in
            (
                try String.fetchOne(
                    db, sql: "SELECT hash FROM clerk_credential WHERE clerk_id = ?", arguments: [clerk]),
                try Int64.fetchAll(
                    db, sql: "SELECT at FROM clerk_pin_failure WHERE clerk_id = ? AND at > ? ORDER BY at",
                    arguments: [clerk, time - Int64(PINPolicy.window)])
            )
        }
        func refusal(_ code: RefusalCode, _ values: [String: String] = [:]) -> Refusal {
            var refusal = Refusal(code, values.merging(["clerk": clerk]) { $1 }, audited: "refusal.pin")
            refusal.auditNote = "\(purpose): \(refusal.message(in: .en))"
            return refusal
        }
        if recent.count >= PINPolicy.failures, let last = recent.last, last + Int64(PINPolicy.lockout) > time {
            let minutes = Int((last + Int64(PINPolicy.lockout) - time + 59) / 60)
            throw refusal(
                .clerkLockedOut,
                ["failures": String(PINPolicy.failures), "minutes": String(minutes), "s": minutes == 1 ? "" : "s"])
        }
        guard let hash else { throw refusal(.clerkNoCredential) }
        guard let pin, !pin.isEmpty else { throw refusal(.clerkPINRequired) }
        guard try !PINHash.matches(pin, hash) else { return }
        try writer.write { db in
            try db.execute(
                sql: "INSERT INTO clerk_pin_failure (clerk_id, at, reason) VALUES (?, ?, ?)",
                arguments: [clerk, time, purpose])
        }
        throw refusal(.clerkWrongPIN)
    }
}
