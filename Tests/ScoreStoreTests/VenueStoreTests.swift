import Foundation
import GRDB
import Messages
import ScoringCore
import StoreValues
import Testing

@testable import ScoreStore

/// Roster edits, reverts, backups and local times in the store. `lockDatabase()`: batch 1 the
/// roster, batch 2 every mark of competitors 1 and 2.
struct VenueStoreTests {
    func marks(_ database: ScoreDatabase) throws -> [String] {
        try database.writer.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT c.number || ' ' || round_id || ' ' || judge_id || ' ' || criterion_id || ' ' || value_h
                    FROM mark JOIN competitor c ON c.id = competitor_id ORDER BY 1
                    """)
        }
    }

    @Test func anEditChangesTheCompetitorRecordsWhyAndVerifies() throws {
        let database = try lockDatabase()
        let result = try database.editCompetitor(
            number: "3", CompetitorEdit(status: .active), reason: "补报到", by: "甲", chief: nil)
        #expect(result.changes == ["status: absent → active"] && result.batch == 3)
        #expect(try database.competitorChanges(number: "3").map(\.reason) == ["补报到"])
        #expect(try database.verifyAudit().problem == nil)
        #expect(
            throws: Refusal(
                .competitorUnchanged,
                ["number": "3", "name": "王五", "unit": "丙公司", "trade": "nursery", "status": "active"])
        ) {
            try database.editCompetitor(number: "3", CompetitorEdit(status: .active), reason: "x", by: "甲", chief: nil)
        }
        #expect(throws: Refusal(.reasonRequired, at: .field(.reason))) {
            try database.editCompetitor(number: "3", CompetitorEdit(name: "王伍"), reason: "", by: "甲", chief: nil)
        }
    }

    @Test func aStatusChangeInALockedTradeNeedsTheChief() throws {
        let database = try lockDatabase()
        _ = try database.lockRound(trade: "nursery", round: "theory", chief: "J4")
        let edit = CompetitorEdit(status: .withdrawn)
        let needsChief = try database.competitorEditNeedsChief(number: "1", edit)
        #expect(needsChief?.code == .statusChangeNeedsChief && needsChief?.values["round"] == "theory")
        #expect(try database.competitorEditNeedsChief(number: "1", CompetitorEdit(name: "张叁")) == nil)
        // A unit change of a competitor with marks: recusal is decided by unit.
        #expect(
            try database.competitorEditNeedsChief(number: "1", CompetitorEdit(unit: "别的公司"))?.code
                == .unitChangeNeedsChief)
        #expect(throws: needsChief!) {
            try database.editCompetitor(number: "1", edit, reason: "退赛", by: "甲", chief: nil)
        }
        _ = try database.editCompetitor(number: "1", edit, reason: "退赛", by: "甲", chief: "J4")
        #expect(
            try database.scoredTradeWithMarks("nursery").results.rows.first { $0.competitor.number == "1" }?.standing
                == .withdrawn)
    }

    @Test func aRevertRestoresWhatABatchReplacedAndRemovesWhatItAdded() throws {
        let database = try lockDatabase()
        let original = try marks(database)
        _ = try database.importMarks(
            file: "fix.csv", clerk: "乙", replace: true,
            nextRow: rows(markRows([("1", "theory", "T1", "88", ""), ("3", "theory", "T1", "70", "")])))
        #expect(try marks(database) != original)
        let result = try database.revertBatch(3, reason: "错了", by: "乙")
        #expect((result.removed, result.restored, result.revertBatch) == (1, 1, 4))
        #expect(try marks(database) == original)
        #expect(try database.verifyAudit().problem == nil)
        // The history keeps the reverted value, replaced by the revert batch.
        let history = try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT old_value_h || '>' || new_batch_id FROM mark_history ORDER BY id")
        }
        #expect(history == ["8550>3", "8800>4"])
        let again = #expect(throws: Refusal.self) { try database.revertBatch(3, reason: "x", by: "乙") }
        #expect(again?.code == .batchRevertedAlready && again?.values["revert"] == "4")
        _ = try database.revertBatch(2, reason: "全部重录", by: "乙")
        // The marks are gone; their history stays, as every history row does (an audit fact).
        #expect(try count("mark", in: database) == 0 && count("mark_history", in: database) == 2)
        #expect(try database.verifyAudit().problem == nil)
    }

    @Test func aBackupIsTheDatabaseAndNeverReplacesAFileUnlessAsked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("venue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = try lockDatabase()
        let copy = folder.appendingPathComponent("copy.sqlite").path
        try database.backup(to: copy, replacing: false)
        let restored = try ScoreDatabase(path: copy, readOnly: true)
        #expect(try marks(restored) == marks(database))
        #expect(try restored.verifyAudit().problem == nil)
        #expect(throws: Refusal(.backupExists, ["file": copy])) { try database.backup(to: copy, replacing: false) }
        try database.backup(to: copy, replacing: true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["copy.sqlite"])
    }

    /// With explicit zones: choosing one (`--tz`) would change it for the tests running beside.
    @Test func localTimesHaveOneFormatInTheZoneShown() throws {
        let moment = try #require(StoredTime.date("2026-12-01T08:00:45Z"))
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        #expect(LocalTime.choose("Mars/Olympus") == nil)
        #expect(LocalTime.text(moment, in: shanghai) == "2026-12-01 16:00:45")
        #expect(LocalTime.textWithZone(moment, in: shanghai) == "2026-12-01 16:00:45 +08:00")
        #expect(LocalTime.chinese(moment, in: shanghai) == "2026年12月1日 16:00")
        #expect(LocalTime.text(stored: "2026-12-01T08:00:45.123Z", in: shanghai) == "2026-12-01 16:00:45")
        #expect(LocalTime.text(stored: "not a time") == "not a time")
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        #expect(LocalTime.textWithZone(moment, in: newYork) == "2026-12-01 03:00:45 -05:00")
    }
}
