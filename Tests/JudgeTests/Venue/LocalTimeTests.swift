import Foundation
import Testing

/// Times people read: local (--tz, $TZ, the machine's), one format; 公示 sheets in Chinese dates.
struct LocalTimeTests {
    /// `2026-12-01 16:00:45` somewhere in `text`, as a date.
    static func shownTime(in text: String) -> Date? {
        guard let match = text.firstMatch(of: #/(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)/#) else { return nil }
        var parts = DateComponents()
        (parts.year, parts.month, parts.day) = (Int(match.1), Int(match.2), Int(match.3))
        (parts.hour, parts.minute, parts.second) = (Int(match.4), Int(match.5), Int(match.6))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: parts)
    }

    @Test func theSameMomentIsShownInTheZoneAsked() throws {
        let folder = try VenueFolder.loaded()
        try VenueFolder.succeed(["lock", "--trade", "nursery", "--round", "theory", "--chief", "C1"], in: folder)
        let utc = try VenueFolder.succeed(["status", "--tz", "UTC"], in: folder).stdout
        let shanghai = try VenueFolder.succeed(["status", "--tz", "Asia/Shanghai"], in: folder).stdout
        let fromEnvironment = try VenueFolder.succeed(["status"], in: folder, environment: ["TZ": "Asia/Shanghai"])
            .stdout
        let (inUTC, inShanghai) = (try #require(Self.shownTime(in: utc)), try #require(Self.shownTime(in: shanghai)))
        #expect(inShanghai.timeIntervalSince(inUTC) == 8 * 3600)
        #expect(fromEnvironment == shanghai)
        let stored = try VenueFolder.sqlite("SELECT locked_at FROM round_lock", in: folder)
        #expect(stored.hasSuffix("Z\n"), "stored times stay UTC: \(stored)")
        let log = try VenueFolder.succeed(["audit", "log", "--tz", "Asia/Shanghai"], in: folder).stdout
        for line in log.split(separator: "\n") {
            #expect(line.contains(#/^#\d+  \d{4}-\d\d-\d\d \d\d:\d\d:\d\d  /#), "\(line)")
        }
        let refused = try JudgeProcess.run(["status", "--tz", "Mars/Olympus"], in: folder)
        #expect(refused.status != 0)
        #expect(
            refused.stderr.contains(
                "--tz Mars/Olympus: no time zone has this name; use an IANA name such as Asia/Shanghai"))
    }

    @Test func theNoticeSheetUsesChineseDatesAndCommandsTheOffset() throws {
        let folder = try VenueFolder.loaded()
        for round in ["theory", "practical"] {
            try VenueFolder.succeed(["lock", "--trade", "nursery", "--round", round, "--chief", "C1"], in: folder)
        }
        let publish = try VenueFolder.succeed(
            ["results", "publish", "--trade", "nursery", "--out", "pub", "--chief", "C1", "--tz", "Asia/Shanghai"],
            in: folder)
        #expect(
            publish.stdout.contains(
                #/notice period: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+08:00 to \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+08:00\n/#),
            "\(publish.stdout)")
        let notice = String(
            decoding: try folder.appendingPathComponent("pub").contents(of: "nursery-v1-notice.csv"), as: UTF8.self)
        #expect(
            notice.contains(#/公示期：\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d 至 \d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d/#), "\(notice)")
        let verify = try VenueFolder.succeed(
            ["results", "verify", "pub/nursery-v1.csv", "--tz", "Asia/Shanghai"], in: folder)
        #expect(
            verify.stdout.contains(#/published \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+08:00 by C1; notice period until /#))
    }
}
