import Foundation
import Messages
import ScoringCore
import StoreValues
import Testing

@testable import ScoreStore

struct PublicationStoreTests {
    static let start = Date(timeIntervalSince1970: 1_790_000_000)
    static let day: TimeInterval = 86_400
    /// The notice period of version 1 ends 5 days after `start`, as messages show it.
    static let noticeEnd = LocalTime.textWithZone(start.addingTimeInterval(5 * day))

    static func publication(_ version: Int, sheet: String = "sheet", noticeDays: Double = 5) -> Publication {
        Publication(
            trade: "nursery", version: version, sheet: Data(sheet.utf8), sheetSHA256: "digest-\(sheet)",
            publishedAt: start, noticeEndsAt: start.addingTimeInterval(noticeDays * day), publishedBy: "J1",
            files: [Publication.File(name: "nursery-v\(version).csv", sha256: "digest-\(sheet)")])
    }

    @Test func versionsAreRecordedInOrderWithTheirFiles() throws {
        let database = try sampleDatabase()
        try database.recordPublication(Self.publication(1)) {}
        try database.recordPublication(Self.publication(2, sheet: "corrected")) {}
        #expect(
            try database.publications(of: "nursery") == [Self.publication(1), Self.publication(2, sheet: "corrected")])
        let found = try #require(try database.publishedFile(withSHA256: "digest-corrected"))
        #expect(found.0.version == 2)
        #expect(found.1.name == "nursery-v2.csv")
        #expect(try database.publishedFile(withSHA256: "digest-other") == nil)
        // Marks corrected back: version 3 has version 1's sheet, and is the one a file matches now.
        try database.recordPublication(Self.publication(3)) {}
        #expect(try database.publishedFile(withSHA256: "digest-sheet")?.0.version == 3)
    }

    /// Publishing verifies the audit once, before the files are made; the write checks only
    /// that the chain still ends where that verification left it, and verifies again if not.
    @Test func theAuditIsVerifiedAgainOnlyWhenTheChainGrewSinceTheCallerVerifiedIt() throws {
        let database = try sampleDatabase()
        let verified = try #require(try database.requireIntactAudit(for: "judge results publish").head)
        // An edit outside judge appends no record: the caller's verification is the one that counts.
        try database.writer.write { db in try db.execute(sql: "UPDATE competitor SET name = '改' WHERE number = '1'") }
        try database.recordPublication(Self.publication(1), verified: verified) {}
        // Version 1's record moved the chain on, so the same pin no longer spares the check.
        #expect {
            try database.recordPublication(Self.publication(2), verified: verified) {}
        } throws: { ($0 as? Refusal)?.code == .auditBroken }
        #expect {
            try database.recordPublication(Self.publication(2)) {}
        } throws: { ($0 as? Refusal)?.code == .auditBroken }
        #expect(try database.publications().map(\.version) == [1])
    }

    @Test func aVersionOutOfTurnIsRefused() throws {
        let database = try sampleDatabase()
        try database.recordPublication(Self.publication(1)) {}
        #expect {
            try database.recordPublication(Self.publication(1)) {}
        } throws: { english($0) == "version 1 of nursery was published meanwhile: publish again" }
    }

    @Test func filesThatCannotBeWrittenLeaveNothingRecorded() throws {
        struct DiskFull: Error {}
        let database = try sampleDatabase()
        #expect(throws: DiskFull.self) { try database.recordPublication(Self.publication(1)) { throw DiskFull() } }
        #expect(try database.publications().isEmpty)
    }

    @Test func appealsAreTakenDuringTheNoticePeriodOnly() throws {
        let database = try sampleDatabase()
        #expect {
            try database.addAppeal(trade: "nursery", number: "1", reason: "r", by: "张三", at: Self.start)
        } throws: { english($0) == "nursery has no published version: appeals follow publication" }
        try database.recordPublication(Self.publication(1)) {}
        let appeal = try database.addAppeal(
            trade: "nursery", number: "1", reason: "实操评分有误", by: "张三", at: Self.start.addingTimeInterval(60))
        #expect(appeal.id == 1 && appeal.version == 1 && appeal.isOpen)
        #expect {
            try database.addAppeal(trade: "nursery", number: "7", reason: "r", by: "x", at: Self.start)
        } throws: { english($0) == "--number 7: no such competitor in nursery" }
        #expect(throws: Refusal(.reasonRequired, at: .field(.reason))) {
            try database.addAppeal(trade: "nursery", number: "1", reason: "  ", by: "x", at: Self.start)
        }
        let late = Self.start.addingTimeInterval(5 * Self.day)
        #expect {
            try database.addAppeal(trade: "nursery", number: "1", reason: "r", by: "x", at: late)
        } throws: {
            english($0)
                == "nursery: the notice period of version 1 ended at \(Self.noticeEnd); appeals are no longer taken"
        }
        // Made in time, the appeal stays open after the period until the chief judge rules.
        let resolved = try database.resolveAppeal(id: 1, ruling: "维持原成绩", by: "C1", at: late)
        #expect(resolved.ruling == "维持原成绩" && resolved.ruledBy == "C1" && !resolved.isOpen)
        #expect(try database.appeals() == [resolved])
        #expect {
            try database.resolveAppeal(id: 1, ruling: "x", by: "C1", at: late)
        } throws: { english($0) == "appeal 1 was resolved already: 维持原成绩" }
        #expect {
            try database.resolveAppeal(id: 2, ruling: "x", by: "C1", at: late)
        } throws: { english($0) == "--id 2: no such appeal" }
    }

    @Test func finalIsRefusedNamingEveryReasonThenMadeOnce() throws {
        let database = try sampleDatabase()
        try database.recordPublication(Self.publication(1)) {}
        _ = try database.addAppeal(trade: "nursery", number: "2", reason: "复核", by: "李四", at: Self.start)
        #expect {
            try database.recordFinal(trade: "nursery", version: -1, at: Self.start, by: "C1")
        } throws: {
            english($0) == """
                cannot make nursery final:
                  the sheet differs from the latest version 1: publish it first (`judge results publish --trade nursery --out DIR --chief ID`), then make that version final
                  the notice period of version 1 runs until \(Self.noticeEnd)
                  appeal 1 (competitor 2) is open: 复核
                """
        }
        let after = Self.start.addingTimeInterval(6 * Self.day)
        _ = try database.resolveAppeal(id: 1, ruling: "维持", by: "C1", at: after)
        try database.recordFinal(trade: "nursery", version: 1, at: after, by: "C1")
        #expect(try database.publications().first?.finalAt == after)
        #expect {
            try database.recordPublication(Self.publication(2, sheet: "late")) {}
        } throws: { english($0) == "nursery was published final as version 1: nothing more can be published" }
        #expect {
            try database.addAppeal(trade: "nursery", number: "1", reason: "r", by: "x", at: after)
        } throws: { english($0) == "nursery: version 1 is final; appeals are no longer taken" }
    }
}

/// A refusal's English words, as the CLI prints them in English.
private func english(_ error: any Error) -> String? { (error as? Refusal)?.message(in: .en) }
