import Foundation
import Officiating
import ScoringCore
import Testing

/// The use cases that date what they record themselves (a publication and its notice period,
/// an appeal, a ruling) read the store's one clock, to the second: a venue opened on a fixed
/// clock dates all of it, as it dates the audit log.
struct VenueClockTests {
    // 2026-05-01T08:30:15.250Z; recorded as 08:30:15.
    static let instant = Date(timeIntervalSince1970: 1_777_624_215.25)
    static let second = Date(timeIntervalSince1970: 1_777_624_215)

    @Test func publicationAndAppealsAreDatedByTheStoreClock() throws {
        let venue = try VenueFixture.venue(clock: .fixed(Self.instant))
        #expect(venue.now() == Self.second)
        // The caregiver trade has one competitor, 4: every mark of both rounds, then both locks.
        var marks = [MarkInput(judge: "T1", number: "4", round: "theory", criterion: nil, score: "80")]
        for judge: JudgeID in ["J1", "J2", "J3"] {
            marks.append(MarkInput(judge: judge, number: "4", round: "practical", criterion: "prep", score: "30"))
            marks.append(MarkInput(judge: judge, number: "4", round: "practical", criterion: "skill", score: "50"))
        }
        for mark in marks {
            _ = try EnterMark(mark: mark, clerk: nil, replace: false).run(in: venue, pin: VenueFixture.noPIN)
        }
        for round: RoundID in ["theory", "practical"] {
            _ = try LockRound(trade: "caregiver", round: round, chief: "C1").run(in: venue, pin: VenueFixture.noPIN)
        }
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("venue-clock-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }

        let outcome = try PublishResults(trade: "caregiver", chief: "C1", folder: folder, noticeDays: 5).run(
            in: venue, pin: VenueFixture.noPIN)
        guard case .published(let version) = outcome else {
            Issue.record("not published: \(outcome)")
            return
        }
        #expect(version.noticeStart == Self.second)
        #expect(version.noticeEnd == Self.second.addingTimeInterval(5 * 86_400))
        let stored = try #require(try ListPublications(trade: "caregiver").run(in: venue).last)
        #expect(stored.publishedAt == Self.second)
        #expect(stored.noticeEndsAt == Self.second.addingTimeInterval(5 * 86_400))

        let filed = try FileAppeal(trade: "caregiver", number: "4", reason: "实操分数复核", filer: "赵六").run(in: venue)
        #expect(filed.appeal.filedAt == Self.second)
        let ruled = try ResolveAppeal(id: filed.appeal.id, ruling: "维持原分", chief: "C1").run(
            in: venue, pin: VenueFixture.noPIN)
        #expect(ruled.appeal.ruledAt == Self.second)
    }
}
