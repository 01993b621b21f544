public import Foundation
import GRDB
public import ScoringCore

/// A PIN just issued: shown once, never stored.
public struct IssuedPIN: Sendable {
    public let judge: Judge
    public let pin: String
    /// True when it replaced an earlier PIN.
    public let reissued: Bool
}

/// Why a judge's identity was refused.
public struct PINRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        case noCredential
        case missing
        case wrong(lockedOutFor: Int?)
        case lockedOut(minutesLeft: Int)
    }

    public let judge: JudgeID
    public let reason: Reason

    public var description: String {
        switch reason {
        case .noCredential:
            "judge \(judge) has no PIN yet, and PINs are in use: issue one with `judge judges credentials --judge \(judge)`"
        case .missing:
            "judge \(judge)'s PIN is required: type it when asked, or set $JUDGE_PIN for a script"
        case .wrong(nil):
            "wrong PIN for judge \(judge): refused and recorded"
        case .wrong(let minutes?):
            "wrong PIN for judge \(judge): refused and recorded; after \(PINPolicy.failures) wrong PINs within \(PINPolicy.window / 60) minutes judge \(judge) is locked out for \(minutes) minutes"
        case .lockedOut(let minutes):
            "judge \(judge) is locked out after \(PINPolicy.failures) wrong PINs: try again in \(minutes) minute\(minutes == 1 ? "" : "s")"
        }
    }
}

/// Lockout: this many wrong PINs within `window` seconds lock the judge out for `lockout` seconds.
public enum PINPolicy {
    public static let failures = 5
    public static let window = 15 * 60
    public static let lockout = 15 * 60
}

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
                throw StoreError.unknownJudge(id.rawValue, competition.judges.map(\.id.rawValue))
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
                        INSERT INTO credential (judge_id, hash, issued_by) VALUES (?, ?, ?)
                        ON CONFLICT (judge_id) DO UPDATE SET hash = excluded.hash, issued_by = excluded.issued_by,
                            issued_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
                        """,
                    arguments: [judge.id.rawValue, hash, issuer])
                try Self.recordCredential(judge: judge.id, hash: hash, reissued: earlier != nil, issuer: issuer, db)
                return IssuedPIN(judge: judge, pin: pin, reissued: earlier != nil)
            }
        }
    }

    /// Checks a judge's PIN. A refusal is recorded in its own transaction (the audit log
    /// and, for a wrong PIN, the failures that lead to a lockout) before it is thrown.
    public func verifyPIN(judge: JudgeID, pin: String?, purpose: String, now: Date = Date()) throws {
        let time = Int64(now.timeIntervalSince1970)
        let (hash, lockedUntil) = try writer.read { db in
            (
                try String.fetchOne(
                    db, sql: "SELECT hash FROM credential WHERE judge_id = ?", arguments: [judge.rawValue]),
                try Int64.fetchOne(
                    db, sql: "SELECT max(until) FROM pin_lockout WHERE judge_id = ?", arguments: [judge.rawValue])
            )
        }
        func refuse(_ reason: PINRefusal.Reason) throws -> Never {
            let refusal = PINRefusal(judge: judge, reason: reason)
            try recordRefusal(kind: "refusal.pin", actor: judge.rawValue, summary: "\(purpose): \(refusal)")
            throw refusal
        }
        if let lockedUntil, lockedUntil > time {
            try refuse(.lockedOut(minutesLeft: Int((lockedUntil - time + 59) / 60)))
        }
        guard let hash else { try refuse(.noCredential) }
        guard let pin, !pin.isEmpty else { try refuse(.missing) }
        guard try !PINHash.matches(pin, hash) else { return }
        let refusal = try writer.write { db in
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
            var lockedOutFor: Int?
            if failures >= PINPolicy.failures {
                try db.execute(
                    sql: "INSERT INTO pin_lockout (judge_id, started_at, until) VALUES (?, ?, ?)",
                    arguments: [judge.rawValue, time + 1, time + Int64(PINPolicy.lockout)])
                lockedOutFor = PINPolicy.lockout / 60
            }
            let refusal = PINRefusal(judge: judge, reason: .wrong(lockedOutFor: lockedOutFor))
            try Self.appendRefusal(kind: "refusal.pin", actor: judge.rawValue, summary: "\(purpose): \(refusal)", db)
            return refusal
        }
        throw refusal
    }
}
