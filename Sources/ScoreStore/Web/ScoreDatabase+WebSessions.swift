import Crypto
import Foundation
import GRDB
import Messages
public import ScoringCore

extension ScoreDatabase {
    /// Opens an existing database for `judge serve`: a pool, so the board and the sheets are read
    /// while a mark is written. The file is in WAL mode since `create`.
    public static func openPool(path: String, clock: StoreClock = .system) throws -> ScoreDatabase {
        guard FileManager.default.fileExists(atPath: path) else { throw Refusal(.noDatabase, ["database": path]) }
        var config = configuration(readOnly: false, clock: clock)
        config.maximumReaderCount = 8
        let pool = try opening(path) { try DatabasePool(path: path, configuration: config) }
        // GRDB's pool sets synchronous=NORMAL, which syncs the log only at a checkpoint: a mark
        // answered 200 would survive `kill -9` but not a power cut at the venue. FULL syncs the
        // log at every commit, as the CLI's connections do (SQLite's default).
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        try migrator.migrate(pool)
        try webMigrator.migrate(pool)
        return try ScoreDatabase(writer: pool, clock: clock)
    }

    /// The database file's path (the service publishes beside it).
    public var path: String { writer.path }

    /// The last audit record's number: every change to marks, locks and the roster appends one,
    /// whichever process made it, so the service polls it to notice the CLI's writes.
    public func auditSequence() throws -> Int64 {
        try writer.read { db in try Int64.fetchOne(db, sql: "SELECT max(seq) FROM audit_log") ?? 0 }
    }

    /// Opens a session after the PIN was checked, recorded in the audit log; it lasts `lifetime`
    /// seconds from now on the store's clock.
    public func openWebSession(judge: JudgeID, token: String, csrf: String, lifetime: Int64) throws {
        let tokenHash = Self.tokenHash(token)
        let time = Int64(clock.now().timeIntervalSince1970)
        try writer.write { db in
            try db.execute(sql: "DELETE FROM web_session WHERE expires_at <= ?", arguments: [time])
            try WebSessionRecord(
                tokenHash: tokenHash, judgeID: judge.rawValue, csrf: csrf, createdAt: time, expiresAt: time + lifetime
            ).insert(db)
            try Self.appendAudit(
                kind: "web.sign-in", actor: judge.rawValue, summary: "judge serve: judge \(judge) signed in",
                changes: AuditChanges(), db)
        }
    }

    /// The judge a session cookie stands for, while it has not expired, with its CSRF token:
    /// one query by key, on every signed-in request. Expiry is judged by the store's clock.
    public func webSessionJudge(token: String) throws -> (judge: Judge, csrf: String)? {
        let tokenHash = Self.tokenHash(token)
        return try writer.read { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT judge.id, judge.name, judge.unit, judge.chief, web_session.csrf
                    FROM web_session JOIN judge ON judge.id = web_session.judge_id
                    WHERE web_session.token_hash = ? AND web_session.expires_at > ?
                    """)
            return try Row.fetchOne(statement, arguments: [tokenHash, Int64(clock.now().timeIntervalSince1970)]).map {
                (Judge(id: JudgeID($0[0]), name: $0[1], unit: $0[2] as String, chief: $0[3]), $0[4])
            }
        }
    }

    public func closeWebSession(token: String) throws {
        let tokenHash = Self.tokenHash(token)
        try writer.write { db in
            try db.execute(sql: "DELETE FROM web_session WHERE token_hash = ?", arguments: [tokenHash])
        }
    }

    /// Only the hash is stored: a copy of the database file signs no one in.
    static func tokenHash(_ token: String) -> String {
        SHA256.hash(data: Array(token.utf8)).hexDigits
    }

    /// What a judge's earlier request with this id was answered, if there was one.
    public func answeredMarkRequest(judge: JudgeID, requestID: String) throws -> AnsweredMarkRequest? {
        try writer.read { db in
            try WebRequestRecord.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM web_request WHERE judge_id = ? AND request_id = ?"),
                arguments: [judge.rawValue, requestID]
            ).map {
                AnsweredMarkRequest(
                    sent: $0.sent, number: CompetitorNumber($0.number), round: RoundID($0.roundID),
                    criterion: $0.criterionID.map { CriterionID($0) }, value: Points(hundredths: $0.hundredths),
                    previous: $0.previous.map(Points.init(hundredths:)))
            }
        }
    }
}

extension ScoreDatabase {
    /// The kinds of the audit records after `seq`, oldest first (tests and `judge serve`'s log).
    public func auditKinds(after seq: Int64) throws -> [String] {
        try writer.read { db in
            try String.fetchAll(db, sql: "SELECT kind FROM audit_log WHERE seq > ? ORDER BY seq", arguments: [seq])
        }
    }
}
