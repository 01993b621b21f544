import Foundation
import Testing

/// `judge score revert --batch`, through the executable. In the venue folder, batch 1 is the
/// roster and batch 2 the marks of e2e/marks.csv.
struct ScoreRevertTests {
    static let header = "number,round,judge,score,criterion\n"

    /// Batch 3 replaces 1's theory mark (85.50 → 88) and adds 4's theory mark.
    static func replacedFolder() throws -> URL {
        let folder = try VenueFolder.loaded()
        try folder.write(header + "1,theory,T1,88,\n4,theory,T1,70,\n", to: "fix.csv")
        try VenueFolder.succeed(["score", "import", "fix.csv", "--replace"], in: folder)
        return folder
    }

    @Test func revertRestoresReplacedMarksRemovesAddedOnesAndIsAudited() throws {
        let folder = try Self.replacedFolder()
        let log = try VenueFolder.succeed(["audit", "log"], in: folder).stdout
        #expect(log.contains("marks.import  batch 3  by "), "\(log)")
        let revert = try VenueFolder.succeed(
            ["score", "revert", "--batch", "3", "--reason", "导入了错误的文件", "--clerk", "录入员甲"], in: folder)
        #expect(
            revert.stdout
                == "reverted batch 3 (fix.csv): 1 marks removed, 1 restored to their earlier values; recorded as batch 4\n"
        )
        let one = try VenueFolder.succeed(["competitors", "show", "1"], in: folder).stdout
        #expect(one.contains("理论知识 (theory), single: 85.50\n"))
        #expect(try VenueFolder.succeed(["competitors", "show", "4"], in: folder).stdout.contains("single: no marks"))
        #expect(try VenueFolder.auditVerifies(folder))
        let after = try VenueFolder.succeed(["audit", "log", "--number", "1"], in: folder).stdout
        #expect(
            after.contains("batch.revert  batch 4  by 录入员甲: score revert --batch 3 (batch 3, score import fix.csv by "))
        #expect(after.contains("    mark 1 theory T1 = 85.50"))
        let four = try VenueFolder.succeed(["audit", "log", "--number", "4"], in: folder).stdout
        #expect(four.contains("    mark 4 theory T1 = (removed)"))
        // The original import can be reverted now that nothing later touches it.
        let first = try VenueFolder.succeed(["score", "revert", "--batch", "2", "--reason", "重新导入"], in: folder)
        #expect(first.stdout.hasPrefix("reverted batch 2 ("), "\(first.stdout)")
        #expect(first.stdout.contains(": 14 marks removed, 0 restored"))
        #expect(try VenueFolder.sqlite("SELECT count(*) FROM mark", in: folder) == "0\n")
        #expect(try VenueFolder.auditVerifies(folder))
    }

    @Test func badRevertsAreRefusedAndChangeNothing() throws {
        let folder = try Self.replacedFolder()
        try VenueFolder.refuse(
            ["score", "revert", "--batch", "42", "--reason", "x"], in: folder,
            "--batch 42: no such batch; `judge audit log` shows each import's and entry's batch")
        try VenueFolder.refuse(
            ["score", "revert", "--batch", "3", "--reason", " "], in: folder,
            "--reason: a reason is required; it is kept in the audit log")
        let earlier = try JudgeProcess.run(["score", "revert", "--batch", "2", "--reason", "x"], in: folder)
        #expect(earlier.status == 1)
        #expect(
            earlier.stderr.hasSuffix(
                "cannot be reverted: its mark competitor 1, round theory, judge T1 was changed since by batch 3; revert that batch first\n"
            ), "\(earlier.stderr)")
        // The same refusal in Chinese, the batch named in Chinese too; ids and values as they are.
        let chinese = try JudgeProcess.run(
            ["score", "revert", "--batch", "2", "--reason", "x"], in: folder, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.status == 1)
        #expect(chinese.stderr.hasPrefix("错误：批次 2（"), "\(chinese.stderr)")
        #expect(
            chinese.stderr.hasSuffix(
                "不能撤销：其中的分数（选手 1、环节 theory、裁判 T1）此后已被批次 3 修改；请先撤销该批次\n"),
            "\(chinese.stderr)")
        try VenueFolder.succeed(["score", "revert", "--batch", "3", "--reason", "错了"], in: folder)
        let again = try JudgeProcess.run(["score", "revert", "--batch", "3", "--reason", "x"], in: folder)
        #expect(again.status == 1 && again.stderr.contains("was reverted already (batch 4 by "), "\(again.stderr)")
        let revertOfRevert = try JudgeProcess.run(["score", "revert", "--batch", "4", "--reason", "x"], in: folder)
        #expect(
            revertOfRevert.stderr.hasSuffix("cannot be reverted: a revert is not reverted: import the file again\n"))
    }

    @Test func aBatchTouchingALockedRoundIsRefused() throws {
        let folder = try Self.replacedFolder()
        try VenueFolder.succeed(["lock", "--trade", "nursery", "--round", "theory", "--chief", "C1"], in: folder)
        let marks = try VenueFolder.sqlite("SELECT * FROM mark ORDER BY 1, 2, 3, 4", in: folder)
        let outcome = try JudgeProcess.run(["score", "revert", "--batch", "3", "--reason", "x"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("Error: batch 3, score import fix.csv by "))
        #expect(
            outcome.stderr.contains(
                " cannot be reverted: trade nursery, round theory is locked (by C1 at "))
        #expect(
            outcome.stderr.hasSuffix(
                "the chief judge unlocks it first (`judge unlock`), or changes single marks with `judge score correct`\n"
            ))
        // Nothing changes but the record of the refusal, as for any write to a locked round.
        #expect(try VenueFolder.sqlite("SELECT * FROM mark ORDER BY 1, 2, 3, 4", in: folder) == marks)
        #expect(try VenueFolder.sqlite("SELECT count(*) FROM batch_revert", in: folder) == "0\n")
        let log = try VenueFolder.succeed(["audit", "log"], in: folder).stdout
        #expect(log.contains("refusal.locked  by "), "\(log)")
        #expect(try VenueFolder.auditVerifies(folder))
    }

    @Test func aTypedMarkATimesImportAndARosterImportAreReverted() throws {
        let folder = try VenueFolder.loaded()
        try VenueFolder.succeed(
            ["score", "enter", "--judge", "T1", "--number", "4", "--round", "theory", "77"], in: folder)
        try VenueFolder.succeed(["score", "revert", "--batch", "3", "--reason", "录错考生"], in: folder)
        #expect(try VenueFolder.succeed(["competitors", "show", "4"], in: folder).stdout.contains("single: no marks"))

        try folder.write("number,round,time\n1,practical,12:00\n", to: "times.csv")
        try VenueFolder.succeed(["time", "import", "times.csv"], in: folder)
        let times = try VenueFolder.succeed(["score", "revert", "--batch", "5", "--reason", "计时表错"], in: folder)
        #expect(times.stdout.contains("1 times removed"), "\(times.stdout)")
        #expect(try VenueFolder.sqlite("SELECT count(*) FROM time_used", in: folder) == "0\n")

        try folder.write("number,name,unit,trade\n5,钱七,戊公司,caregiver\n", to: "late.csv")
        try VenueFolder.succeed(["roster", "import", "late.csv"], in: folder)
        let roster = try VenueFolder.succeed(["score", "revert", "--batch", "7", "--reason", "重复报名"], in: folder)
        #expect(roster.stdout.contains("1 competitors removed"), "\(roster.stdout)")
        #expect(!(try VenueFolder.succeed(["competitors", "list"], in: folder).stdout.contains("钱七")))
        // The first roster's competitors have marks: they stay.
        let first = try JudgeProcess.run(["score", "revert", "--batch", "1", "--reason", "x"], in: folder)
        #expect(first.status == 1)
        #expect(
            first.stderr.contains(
                "cannot be reverted: competitor 1 has marks (or reverted marks, kept in the history) since"),
            "\(first.stderr)")
        #expect(try VenueFolder.auditVerifies(folder))
    }

    /// A mark a judge typed with a PIN changes through the chief judge only (`score correct`).
    @Test func aBatchOfMarksTypedWithAJudgesPINIsNotReverted() throws {
        let folder = try VenueFolder.loaded()
        let issued = try VenueFolder.succeed(["judges", "credentials"], in: folder)
        let pins = IntegrityTests.pins(in: issued.stdout)
        try VenueFolder.succeed(
            ["score", "enter", "--judge", "T1", "--number", "4", "--round", "theory", "95"], in: folder,
            environment: ["JUDGE_PIN": pins["T1"] ?? ""])
        let batch = try VenueFolder.sqlite("SELECT max(id) FROM entry_batch WHERE kind = 'enter'", in: folder)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let outcome = try JudgeProcess.run(["score", "revert", "--batch", batch, "--reason", "误录"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.contains(
                "holds marks a judge typed with a PIN; only the chief judge changes them (`judge score correct`)"),
            "\(outcome.stderr)")
        #expect(
            try VenueFolder.sqlite("SELECT value_h FROM mark WHERE judge_id = 'T1' AND competitor_id = 4", in: folder)
                == "9500\n")
    }

    /// A roster batch whose trade is locked keeps its competitors, as late registration is closed.
    @Test func aRosterBatchOfALockedTradeIsNotReverted() throws {
        let folder = try VenueFolder.loaded()
        try folder.write("number,name,unit,trade,status\n5,钱七,戊公司,nursery,absent\n", to: "late.csv")
        try VenueFolder.succeed(["roster", "import", "late.csv"], in: folder)
        try VenueFolder.succeed(["lock", "--trade", "nursery", "--round", "theory", "--chief", "C1"], in: folder)
        let batch = try VenueFolder.sqlite("SELECT max(id) FROM entry_batch WHERE kind = 'roster'", in: folder)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let outcome = try JudgeProcess.run(["score", "revert", "--batch", batch, "--reason", "重复报名"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.contains(
                "cannot be reverted: trade nursery has round theory locked (by C1), so its roster stays"),
            "\(outcome.stderr)")
        #expect(try VenueFolder.succeed(["competitors", "list"], in: folder).stdout.contains("钱七"))
    }

    @Test func aRevertRecordRemovedFromTheFileIsFoundByAuditVerify() throws {
        let folder = try Self.replacedFolder()
        try VenueFolder.succeed(["score", "revert", "--batch", "3", "--reason", "错了"], in: folder)
        _ = try VenueFolder.sqlite("DELETE FROM batch_revert", in: folder)
        let outcome = try JudgeProcess.run(["audit", "verify"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("audit: FAILED: revert 3: the audit log says "), "\(outcome.stderr)")
    }
}
