import Foundation
import GRDB
import Testing

@testable import ScoreStore

/// Issue 14: audit times never go backwards, even when the clock is set back.
struct AuditTimeTests {
    /// A record dated in the future, as if the clock had since been set back by a year.
    private func appendFutureRecord(_ database: ScoreDatabase, at: String) throws {
        try database.writer.write { db in
            let last = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")!
            let seq = (last["seq"] as Int64) + 1
            let previous: String = last["hash"]
            let hash = AuditRecord.hash(
                previous: previous, seq: seq, at: at, kind: "test", actor: "test", summary: "future",
                changes: AuditChanges())
            try db.execute(
                sql: """
                    INSERT INTO audit_log (seq, at, kind, actor, summary, changes, prev_hash, hash)
                    VALUES (?, ?, 'test', 'test', 'future', x'', ?, ?)
                    """,
                arguments: [seq, at, previous, hash])
        }
    }

    @Test func aRecordAfterAClockSetBackTakesTheLastRecordsTime() throws {
        let database = try sampleDatabase()
        let future = "2099-01-01T00:00:00.000Z"
        try appendFutureRecord(database, at: future)
        try database.writer.write { db in
            try ScoreDatabase.appendRefusal(
                kind: "refusal.test", actor: "test", summary: "after the clock went back", db)
        }
        let entries = try database.auditEntries()
        #expect(entries.last?.kind == "refusal.test")
        #expect(entries.last?.at == future)
        #expect(try database.verifyAudit().problems == [])
    }

    @Test func aRecordDatedBeforeTheOneItFollowsIsReported() throws {
        let database = try sampleDatabase()
        try appendFutureRecord(database, at: "2000-01-01T00:00:00.000Z")
        let problems = try database.verifyAudit().problems
        let entries = try database.auditEntries()
        let previous = entries[entries.count - 2]
        #expect(problems.count == 1)
        #expect(
            problems.first?.en.hasSuffix(
                "is dated before record \(previous.seq) (\(previous.at)): audit times never go backwards") == true,
            "\(problems)")
        #expect(
            problems.first?.zh.hasSuffix("的时间早于记录 \(previous.seq)（\(previous.at)）：审计时间不会倒退") == true,
            "\(problems)")
    }
}
