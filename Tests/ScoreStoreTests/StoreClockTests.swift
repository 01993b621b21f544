import Foundation
import GRDB
import StoreValues
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
        try database.writer.write { db in
            try ScoreDatabase.appendRefusal(kind: "refusal.test", actor: "test", summary: "dated by the clock", db)
        }

        let entries = try database.auditEntries()
        #expect(entries.count >= 3)
        #expect(entries.allSatisfy { $0.at == "2026-05-01T08:30:15.250Z" }, "\(entries.map(\.at))")
        let started = try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT started_at FROM entry_batch")
        }
        #expect(started == ["2026-05-01T08:30:15.250Z"])
        #expect(try database.verifyAudit().problems == [])
    }

    /// Migration "history-clock": a replaced mark or time is dated by the store's clock (the
    /// replacing batch's start), a revert by its own batch, not by SQLite's clock.
    @Test func theHistoryOfReplacedMarksAndTimesIsDatedByTheClock() throws {
        let ticks = Ticks(from: Date(timeIntervalSince1970: 1_777_624_215.25))
        let database = try ScoreDatabase(path: nil, clock: StoreClock { ticks.next() })
        try database.saveCompetition(sampleCompetition, by: "test")
        _ = try database.importRoster(
            file: "roster.csv", clerk: "test",
            nextRow: rows([RosterRow(line: 2, number: "1", name: "张三", unit: "甲公司", trade: "nursery")]))
        for (score, replace) in [("80", false), ("85", true), ("90", true)] {
            _ = try database.enterMark(
                MarkRow(line: 1, number: "1", round: "theory", judge: "T1", score: score, criterion: ""),
                clerk: "乙", replace: replace)
        }
        for (time, replace) in [("12:00", false), ("11:00", true)] {
            _ = try database.importTimes(
                file: "t.csv", clerk: "乙", replace: replace,
                nextRow: rows([TimeRow(line: 2, number: "1", round: "practical", time: time)]))
        }
        let lastMark = try #require(try database.auditEntries().last { $0.kind == "mark.enter" }?.batch)
        _ = try database.revertBatch(lastMark, reason: "误录", by: "乙")

        let (history, clockTimes) = try database.writer.read { db in
            (
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT h.replaced_at, b.started_at, b.kind FROM mark_history h
                        JOIN entry_batch b ON b.id = h.new_batch_id
                        UNION ALL
                        SELECT h.replaced_at, b.started_at, b.kind FROM time_history h
                        JOIN entry_batch b ON b.id = h.new_batch_id
                        """
                ).map { [$0[0], $0[1], $0[2]] as [String] },
                Set(try String.fetchAll(db, sql: "SELECT started_at FROM entry_batch"))
            )
        }
        // Two replaced marks, the revert's, and one replaced time; each dated when its batch began.
        #expect(history.map { $0[2] } == ["enter", "enter", "revert", "times"])
        #expect(history.allSatisfy { $0[0] == $0[1] }, "\(history)")
        #expect(clockTimes.allSatisfy { $0.hasPrefix("2026-05-01T08:") }, "\(clockTimes)")
        #expect(try database.verifyAudit().problems == [])
    }

    /// What `judge serve` dates reads the same clock: a tablet's remembered request, and a
    /// sign-in session, valid for its lifetime on that clock and not a second longer.
    @Test func aTabletsRequestAndSessionAreDatedByTheClock() throws {
        let instant = Date(timeIntervalSince1970: 1_777_624_215)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("judge.sqlite").path
        let setup = try ScoreDatabase.create(path: path)
        try setup.saveCompetition(sampleCompetition, by: "test")
        _ = try setup.importRoster(
            file: "roster.csv", clerk: "test",
            nextRow: rows([RosterRow(line: 2, number: "1", name: "张三", unit: "甲公司", trade: "nursery")]))
        try setup.close()
        let clock = SetClock(instant)
        let database = try ScoreDatabase.openPool(path: path, clock: StoreClock { clock.now })

        _ = try database.enterMark(
            MarkRow(line: 0, number: "1", round: "theory", judge: "T1", score: "80"), clerk: "T1", replace: false,
            authenticated: .judgePIN, request: WebMarkRequest(judge: "T1", requestID: "r1", sent: "1 theory 80"))
        let at = try database.writer.read { db in try Int64.fetchOne(db, sql: "SELECT at FROM web_request") }
        #expect(at == 1_777_624_215)

        try database.openWebSession(judge: "T1", token: "token", csrf: "csrf", lifetime: 3600)
        #expect(try database.webSessionJudge(token: "token")?.judge.id == "T1")
        clock.now = instant.addingTimeInterval(3599)
        #expect(try database.webSessionJudge(token: "token")?.judge.id == "T1")
        clock.now = instant.addingTimeInterval(3600)
        #expect(try database.webSessionJudge(token: "token") == nil)
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

/// A clock that moves a second at each reading, so that each batch has a time of its own.
private final class Ticks: @unchecked Sendable {
    private let lock = NSLock()
    private var date: Date

    init(from date: Date) {
        self.date = date
    }

    func next() -> Date {
        lock.lock()
        defer { lock.unlock() }
        date = date.addingTimeInterval(1)
        return date
    }
}

/// A clock a test sets by hand.
private final class SetClock: @unchecked Sendable {
    private let lock = NSLock()
    private var date: Date

    init(_ date: Date) {
        self.date = date
    }

    var now: Date {
        get { lock.withLock { date } }
        set { lock.withLock { date = newValue } }
    }
}
