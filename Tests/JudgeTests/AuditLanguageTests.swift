import Foundation
import Testing

/// `judge audit verify` says what it finds in Chinese by default and in English with
/// `--lang en`; the records it names (kind, actor, fact, values) stay as written.
struct AuditLanguageTests {
    static let chinese = ["LANG": "zh_CN.UTF-8"]

    @Test func aChangedMarkIsNamedInChineseAndInEnglish() throws {
        let folder = try AuditTests.builtFolder()
        try AuditTests.sqlite(
            "UPDATE mark SET value_h = 9900 WHERE round_id = 'theory' AND competitor_id = "
                + "(SELECT id FROM competitor WHERE number = '1')", in: folder)
        let zh = try JudgeProcess.run(["audit", "verify"], in: folder, environment: Self.chinese)
        #expect(zh.status == 1)
        #expect(
            zh.stderr.hasPrefix(
                "审计未通过：mark 1 theory T1：数据库中是 99.00，审计日志记的是 85.50，出自记录 3（marks.import，操作人 录入员乙，"),
            "\(zh.stderr)")
        // The history row the edit left behind is named too, its stored values as they are.
        #expect(zh.stderr.contains("\n审计未通过：row:mark_history 1：数据库中是 competitor_id=1 / "), "\(zh.stderr)")
        let en = try JudgeProcess.run(["audit", "verify", "--lang", "en"], in: folder, environment: Self.chinese)
        #expect(en.status == 1)
        #expect(
            en.stderr.hasPrefix(
                "audit: FAILED: mark 1 theory T1: the database has 99.00, the audit log says 85.50 "
                    + "(record 3, marks.import by 录入员乙 at "), "\(en.stderr)")
    }

    /// A sign-off refused because the audit fails lists the differences in the reader's language.
    @Test func aLockRefusedForTheAuditListsTheDifferencesInChinese() throws {
        let folder = try PublicationWorkflowTests.loadedFolder()
        try AuditTests.sqlite(
            "UPDATE mark SET value_h = 9900 WHERE round_id = 'theory' AND competitor_id = "
                + "(SELECT id FROM competitor WHERE number = '1')", in: folder)
        let lock = try JudgeProcess.run(
            ["lock", "--trade", "nursery", "--round", "theory", "--chief", "C1"], in: folder, environment: Self.chinese)
        #expect(lock.status == 1)
        #expect(
            lock.stderr.hasPrefix(
                "错误：judge lock 被拒绝：审计日志与数据库不符（`judge audit verify` 未通过），数据库可能在 judge 之外被改动过：\n"
                    + "  mark 1 theory T1：数据库中是 99.00，审计日志记的是 85.50，出自记录 "), "\(lock.stderr)")
    }

    @Test func anEditedRecordAndAMissingOneAreNamedInChinese() throws {
        let edited = try AuditTests.builtFolder()
        try AuditTests.sqlite("UPDATE audit_log SET actor = '别人' WHERE seq = 2", in: edited)
        let changed = try JudgeProcess.run(["audit", "verify"], in: edited, environment: ["LANG": ""])
        #expect(changed.status == 1)
        #expect(changed.stderr.hasPrefix("审计未通过：记录 2（roster.import，操作人 别人，"), "\(changed.stderr)")
        #expect(changed.stderr.hasSuffix("）写入后被改动过：内容与它的哈希不再相符\n"), "\(changed.stderr)")

        let deleted = try AuditTests.builtFolder()
        try AuditTests.sqlite("DELETE FROM audit_log WHERE seq = 2", in: deleted)
        let missing = try JudgeProcess.run(["audit", "verify"], in: deleted, environment: Self.chinese)
        #expect(missing.status == 1)
        #expect(missing.stderr == "审计未通过：审计记录 2 缺失：日志从 1 直接跳到 3\n")
    }

    /// The stored records are the log's words, never translated; only the frame is.
    @Test func theLogKeepsItsRecordsAsWritten() throws {
        let folder = try AuditTests.builtFolder()
        let verified = try JudgeProcess.run(["audit", "verify"], in: folder, environment: Self.chinese)
        #expect(verified.status == 0)
        #expect(verified.stdout.hasPrefix("审计：通过：3 条记录，链条完整；18 项事实与日志一致"), "\(verified.stdout)")
        let log = try JudgeProcess.run(["audit", "log"], in: folder, environment: Self.chinese)
        let lines = log.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.last?.hasPrefix("#3  ") == true)
        #expect(lines.last?.contains("  marks.import  批次 2  操作人 录入员乙：score import ") == true, "\(log.stdout)")
    }
}
