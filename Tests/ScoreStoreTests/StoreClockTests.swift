import Foundation
import GRDB
import Testing

@testable import ScoreStore

/// The store stamps every write from the one clock it was opened with.
struct StoreClockTests {
    @Test func aFixedClockDatesTheAuditLogAndTheBatches() throws {
        // 2026-05-01T08:30:15.250Z
        let instant = Date(timeIntervalSince1970: 1_777_624_215.25)
        let database = try ScoreDatabase(path: nil, clock: .fixed(instant))
        try database.saveCompetition(sampleCompetition, by: "test")
        _ = try database.importRoster(
            file: "roster.csv", clerk: "test",
            nextRow: rows([RosterRow(line: 2, number: "1", name: "张三", unit: "甲公司", trade: "nursery")]))
        try database.recordRefusal(kind: "refusal.test", actor: "test", summary: "dated by the clock")

        let entries = try database.auditEntries()
        #expect(entries.count >= 3)
        #expect(entries.allSatisfy { $0.at == "2026-05-01T08:30:15.250Z" }, "\(entries.map(\.at))")
        let started = try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT started_at FROM entry_batch")
        }
        #expect(started == ["2026-05-01T08:30:15.250Z"])
        #expect(try database.verifyAudit().problems == [])
    }

    @Test func theClockWritesWhatSQLiteWroteForNow() throws {
        let database = try ScoreDatabase(path: nil)
        let (ours, sqlites) = try database.writer.read { db in
            try (
                String.fetchOne(db, sql: "SELECT judge_now()")!,
                String.fetchOne(db, sql: "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")!
            )
        }
        // Same form, read back as about the same instant (the two calls are microseconds apart).
        #expect(ours.count == sqlites.count, "\(ours) against \(sqlites)")
        let apart = try #require(StoredTime.date(ours)).timeIntervalSince(try #require(StoredTime.date(sqlites)))
        #expect(abs(apart) < 2, "\(ours) against \(sqlites)")
        let seconds = try database.writer.read { db in try String.fetchOne(db, sql: "SELECT judge_now_s()")! }
        #expect(seconds.count == "2026-05-01T08:30:15Z".count && seconds.hasSuffix("Z"), "\(seconds)")
    }
}
