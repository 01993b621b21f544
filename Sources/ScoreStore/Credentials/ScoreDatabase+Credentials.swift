public import Foundation
import GRDB
import Messages
public import ScoringCore
public import StoreValues

extension ScoreDatabase {
    /// Whether any judge holds a PIN: from then on typed marks and the chief's commands need one.
    public func credentialsIssued() throws -> Bool {
        try writer.read { db in try Self.credentialsIssued(db) }
    }

    static func credentialsIssued(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM credential)") ?? false
    }

    /// The judges who hold a PIN.
    public func judgesWithCredentials() throws -> Set<JudgeID> {
        try writer.read { db in Set(try String.fetchAll(db, sql: "SELECT judge_id FROM credential").map { JudgeID($0) })
        }
    }

    /// Issues each judge a new PIN (replacing any earlier one), recorded as `credential.issue`.
    /// Who may do this is the caller's decision (see `judge judges credentials`).
    public func issueCredentials(to judges: [JudgeID], issuer: String) throws -> [IssuedPIN] {
        let competition = try competition()
        var issued: [(Judge, String, String)] = []
        for id in judges {
            guard let judge = competition.judge(id) else {
                throw Refusal.unknownJudge(id.rawValue, in: competition)
            }
            let pin = PINHash.newPIN()
            issued.append((judge, pin, try PINHash.hash(pin)))
        }
        return try writer.write { db in
            try issued.map { judge, pin, hash in
                let earlier = try String.fetchOne(
                    db, sql: "SELECT hash FROM credential WHERE judge_id = ?", arguments: [judge.id.rawValue])
                try db.execute(
                    sql: """
                        INSERT INTO credential (judge_id, hash, issued_by, issued_at) VALUES (?, ?, ?, judge_now())
                        ON CONFLICT (judge_id) DO UPDATE SET hash = excluded.hash, issued_by = excluded.issued_by,
                            issued_at = excluded.issued_at
                        """,
                    arguments: [judge.id.rawValue, hash, issuer])
                try Self.recordCredential(judge: judge.id, hash: hash, reissued: earlier != nil, issuer: issuer, db)
                return IssuedPIN(judge: judge, pin: pin, reissued: earlier != nil)
            }
        }
    }

    /// Checks a judge's PIN. A refusal is recorded in the audit log before it is thrown: a
    /// wrong PIN in the transaction that counts it toward a lockout, the others by
    /// `recordingRefusals`.
    public func verifyPIN(judge: JudgeID, pin: String?, purpose: String, now: Date? = nil) throws {
        try recordingRefusals(actor: judge.rawValue) {
            try checkPIN(judge: judge, pin: pin, purpose: purpose, now: now ?? clock.now())
        }
    }

    private func checkPIN(judge: JudgeID, pin: String?, purpose: String, now: Date) throws {
        let time = Int64(now.timeIntervalSince1970)
        let (hash, lockedUntil) = try writer.read { db in
            (
                try String.fetchOne(
                    db, sql: "SELECT hash FROM credential WHERE judge_id = ?", arguments: [judge.rawValue]),
                try Int64.fetchOne(
                    db, sql: "SELECT max(until) FROM pin_lockout WHERE judge_id = ?", arguments: [judge.rawValue])
            )
        }
        func refusal(_ code: RefusalCode, _ values: [String: String] = [:]) -> Refusal {
            // No place: the PIN is typed at a prompt or comes from $JUDGE_PIN, never an option.
            var refusal = Refusal(code, values.merging(["judge": judge.rawValue]) { $1 }, audited: "refusal.pin")
            refusal.auditNote = "\(purpose): \(refusal.message(in: .en))"
            return refusal
        }
        if let lockedUntil, lockedUntil > time {
            let minutes = Int((lockedUntil - time + 59) / 60)
            throw refusal(
                .lockedOut,
                ["failures": String(PINPolicy.failures), "minutes": String(minutes), "s": minutes == 1 ? "" : "s"])
        }
        guard let hash else { throw refusal(.noCredential) }
        guard let pin, !pin.isEmpty else { throw refusal(.pinRequired) }
        guard try !PINHash.matches(pin, hash) else { return }
        var wrong = try writer.write { db in
            try db.execute(
                sql: "INSERT INTO pin_failure (judge_id, at, reason) VALUES (?, ?, ?)",
                arguments: [judge.rawValue, time, purpose])
            // Failures count from the start of the last lockout, so an expired lockout starts afresh.
            let failures =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM pin_failure
                        WHERE judge_id = ? AND at > ?
                          AND at >= coalesce((SELECT max(started_at) FROM pin_lockout WHERE judge_id = ?), 0)
                        """,
                    arguments: [judge.rawValue, time - Int64(PINPolicy.window), judge.rawValue]) ?? 0
            var lockout: [String: String] = [:]
            if failures >= PINPolicy.failures {
                try db.execute(
                    sql: "INSERT INTO pin_lockout (judge_id, started_at, until) VALUES (?, ?, ?)",
                    arguments: [judge.rawValue, time + 1, time + Int64(PINPolicy.lockout)])
                lockout = [
                    "failures": String(PINPolicy.failures), "window": String(PINPolicy.window / 60),
                    "minutes": String(PINPolicy.lockout / 60),
                ]
            }
            let wrong = refusal(.wrongPIN, lockout)
            try Self.appendRefusal(kind: "refusal.pin", actor: judge.rawValue, summary: wrong.auditSummary, db)
            return wrong
        }
        // Recorded above, with the failure it counts: not again.
        wrong.audited = nil
        throw wrong
    }
}
