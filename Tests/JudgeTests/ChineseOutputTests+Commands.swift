import Foundation
import Testing

/// The texts moved into the catalog last: each in Chinese by default and in English with
/// `--lang en`, with options, ids and values as typed.
extension ChineseOutputTests {
    static func both(_ arguments: [String], in folder: URL) throws -> (
        zh: JudgeProcess.Outcome, en: JudgeProcess.Outcome
    ) {
        (
            try JudgeProcess.run(arguments, in: folder, environment: Self.chinese),
            try JudgeProcess.run(arguments + ["--lang", "en"], in: folder, environment: Self.chinese)
        )
    }

    @Test func aCommandsDiscussionFollowsTheLanguage() throws {
        let (zh, en) = try Self.both(["score", "enter", "--help"], in: try temporaryFolder())
        #expect(zh.stdout.contains("示例：judge score enter --judge J1 --number 12"), "\(zh.stdout)")
        #expect(en.stdout.contains("Example: judge score enter --judge J1 --number 12"), "\(en.stdout)")
    }

    @Test func optionValuesAreRefusedInTheLanguageNamingOptionAndValue() throws {
        let folder = try LockWorkflowTests.incompleteFolder()
        let format = try Self.both(["results", "export", "--out", "s", "--format", "csv,pdf"], in: folder)
        #expect(format.zh.status == 64)
        #expect(format.zh.stderr.hasPrefix(#"错误：--format csv,pdf："pdf" 不是可选的格式"#), "\(format.zh.stderr)")
        #expect(format.en.stderr.hasPrefix(#"Error: --format csv,pdf: "pdf" is not a format"#), "\(format.en.stderr)")
        let zone = try Self.both(["status", "--tz", "Mars/Olympus"], in: folder)
        #expect(zone.zh.stderr.hasPrefix("错误：--tz Mars/Olympus：没有这个时区"), "\(zone.zh.stderr)")
        #expect(zone.en.stderr.hasPrefix("Error: --tz Mars/Olympus: no time zone has this name"), "\(zone.en.stderr)")
        let edit = ["competitors", "edit", "1", "--status", "迟到", "--reason", "x"]
        let status = try Self.both(edit, in: folder)
        #expect(status.zh.status == 64)
        #expect(status.zh.stderr.hasPrefix(#"错误：--status "迟到": 无法识别的状态"#), "\(status.zh.stderr)")
        #expect(status.en.stderr.hasPrefix(#"Error: --status "迟到": unknown status"#), "\(status.en.stderr)")
        let hostile = try Self.both(["competitors", "edit", "1", "--name", "x", "--reason", "复核\u{1B}"], in: folder)
        #expect(hostile.zh.status == 1)
        #expect(
            hostile.zh.stderr.hasPrefix(#"错误：--reason "复核\u{1B}": 内容含有不允许出现的字符（控制字符 U+001B）"#),
            "\(hostile.zh.stderr)")
        #expect(
            hostile.en.stderr.hasPrefix(#"Error: --reason "复核\u{1B}": the field holds the control character U+001B"#),
            "\(hostile.en.stderr)")
    }

    @Test func missingMarksAndBlockersFollowTheLanguage() throws {
        let folder = try LockWorkflowTests.incompleteFolder()
        let status = try Self.both(["status", "--missing"], in: folder)
        #expect(status.zh.stdout.contains("    选手 2、环节 practical、裁判 J3：缺分\n"), "\(status.zh.stdout)")
        #expect(
            status.en.stdout.contains("    competitor 2, round practical, judge J3: missing\n"), "\(status.en.stdout)")
        let export = try Self.both(["results", "export", "--out", "s"], in: folder)
        #expect(export.zh.status == 1)
        #expect(export.zh.stderr.contains("nursery: 选手 2、环节 practical、裁判 J3：缺分"), "\(export.zh.stderr)")
        #expect(export.en.stderr.contains("nursery: competitor 2, round practical, judge J3: missing"))
        let lock = try Self.both(["lock", "--trade", "nursery", "--round", "practical", "--chief", "J9"], in: folder)
        #expect(lock.zh.stderr.contains("  选手 2、环节 practical、裁判 J3：缺分"), "\(lock.zh.stderr)")
        #expect(lock.en.stderr.contains("  competitor 2, round practical, judge J3: missing"), "\(lock.en.stderr)")
    }

    /// The log's own words (kind, summary) are stored and hashed: only the frame is translated.
    @Test func theAuditLogsFrameFollowsTheLanguage() throws {
        let folder = try LockWorkflowTests.incompleteFolder()
        let log = try Self.both(["audit", "log"], in: folder)
        #expect(log.zh.status == 0, "\(log.zh.stderr)")
        #expect(log.zh.stdout.contains("  roster.import  批次 "), "\(log.zh.stdout)")
        #expect(log.zh.stdout.contains("  操作人 "), "\(log.zh.stdout)")
        #expect(log.en.stdout.contains("  roster.import  batch "), "\(log.en.stdout)")
        #expect(log.en.stdout.contains("  by "), "\(log.en.stdout)")
        let (zhLines, enLines) = (log.zh.stdout.split(separator: "\n"), log.en.stdout.split(separator: "\n"))
        #expect(zhLines.count == enLines.count)
        // The same records: each line ends in the same stored summary.
        for (zh, en) in zip(zhLines, enLines) {
            #expect(zh.split(separator: "：", maxSplits: 1).last == en.split(separator: ": ", maxSplits: 1).last)
        }
    }
}
