import Foundation
import Testing

/// `judge competitors edit` and `show`, through the executable.
struct CompetitorEditTests {
    @Test func aStatusChangeInChineseIsStoredAuditedAndShown() throws {
        let folder = try VenueFolder.loaded()
        let edit = try VenueFolder.succeed(
            ["competitors", "edit", "1", "--status", "退赛", "--reason", "本人申请退赛", "--clerk", "录入员甲"], in: folder)
        #expect(edit.stdout.hasPrefix("changed competitor 1 (batch 3): status: active → withdrawn\n"), "\(edit.stdout)")
        #expect(
            edit.stdout.contains(
                "note: competitor 1 has 7 marks; they are kept but no longer scored, so 张三 leaves the ranking"),
            "\(edit.stdout)")
        let show = try VenueFolder.succeed(["competitors", "show", "1"], in: folder).stdout
        // 全角 digits, as a Chinese input method types them, name the same competitor.
        #expect(try VenueFolder.succeed(["competitors", "show", "１"], in: folder).stdout == show)
        #expect(show.hasPrefix("competitor 1 张三 (甲公司), 育婴员 (nursery), status withdrawn (退赛)\n"), "\(show)")
        #expect(show.contains("  batch 3  status: active → withdrawn, by 录入员甲: 本人申请退赛\n"), "\(show)")
        #expect(show.contains("not ranked: 退赛"))
        // The sheet follows: 李四 is now the only ranked competitor.
        #expect(try VenueFolder.succeed(["rank", "--trade", "nursery"], in: folder).stdout.contains("退赛"))
        #expect(try VenueFolder.auditVerifies(folder))
        let log = try VenueFolder.succeed(["audit", "log", "--number", "1"], in: folder).stdout
        #expect(
            log.contains("competitor.edit  batch 3  by 录入员甲: competitors edit 1: status: active → withdrawn: 本人申请退赛"))
        #expect(log.contains("    competitor 1 = nursery / withdrawn / 张三 / 甲公司"))
    }

    @Test func nameUnitAndTradeOfACompetitorWithoutMarksChange() throws {
        let folder = try VenueFolder.loaded()
        let edit = try VenueFolder.succeed(
            ["competitors", "edit", "4", "--name", "赵陆", "--unit", "戊公司", "--trade", "nursery", "--reason", "报名表抄错"],
            in: folder)
        #expect(edit.stdout.contains("name: 赵六 → 赵陆; unit: 丁公司 → 戊公司; trade: caregiver → nursery"))
        let list = try VenueFolder.succeed(["competitors", "list", "--trade", "nursery"], in: folder).stdout
        #expect(list.contains("赵陆") && list.contains("戊公司"))
        #expect(try VenueFolder.auditVerifies(folder))
    }

    @Test func badEditsAreRefusedAndChangeNothing() throws {
        let folder = try VenueFolder.loaded()
        try VenueFolder.refuse(
            ["competitors", "edit", "1", "--status", "absent", "--reason", "  "], in: folder,
            "--reason: a reason is required; it is kept in the audit log")
        try VenueFolder.refuse(
            ["competitors", "edit", "99", "--status", "absent", "--reason", "x"], in: folder,
            "--number \"99\": no competitor has this number")
        try VenueFolder.refuse(
            ["competitors", "edit", "2", "--status", "active", "--name", "李四", "--reason", "x"], in: folder,
            "competitor 2 (李四, 乙公司, nursery, active) already has these values; nothing to change")
        try VenueFolder.refuse(
            ["competitors", "edit", "2", "--reason", "x"], in: folder,
            "nothing to change: give --name, --unit, --trade or --status")
        try VenueFolder.refuse(
            ["competitors", "edit", "1", "--trade", "caregiver", "--reason", "报错工种"], in: folder,
            "--trade caregiver: competitor 1 has 7 marks in trade nursery, so the trade cannot change; take them back first (`judge score revert --batch ID`), or register the competitor again under a new number"
        )
        try VenueFolder.refuse(
            ["competitors", "edit", "4", "--trade", "welding", "--reason", "x"], in: folder,
            "--trade \"welding\": no trade has this id or name; trades are nursery, caregiver")
        let missingReason = try JudgeProcess.run(["competitors", "edit", "1", "--status", "absent"], in: folder)
        #expect(
            missingReason.status != 0 && missingReason.stderr.contains("Missing expected argument '--reason <text>'"))
        let badStatus = try JudgeProcess.run(
            ["competitors", "edit", "1", "--status", "病假", "--reason", "x"], in: folder)
        #expect(badStatus.status != 0 && badStatus.stderr.contains("病假"))
    }

    @Test func onceARoundIsLockedAStatusChangeNeedsTheChiefAndAfterPublicationNone() throws {
        let folder = try VenueFolder.loaded()
        for round in ["theory", "practical"] {
            try VenueFolder.succeed(["lock", "--trade", "nursery", "--round", round, "--chief", "C1"], in: folder)
        }
        let refused = try JudgeProcess.run(
            ["competitors", "edit", "1", "--status", "disqualified", "--reason", "违规"], in: folder)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.hasPrefix("Error: trade nursery, round theory is locked (by C1 at ")
                && refused.stderr.hasSuffix("): a status or trade change in it needs the chief judge (--chief ID)\n"))
        let notChief = try JudgeProcess.run(
            ["competitors", "edit", "1", "--status", "disqualified", "--reason", "违规", "--chief", "J1"], in: folder)
        #expect(notChief.status == 1 && notChief.stderr.contains("is not a chief judge"))
        // A name is no ranking matter: no chief needed.
        try VenueFolder.succeed(["competitors", "edit", "1", "--name", "张叁", "--reason", "身份证为准"], in: folder)
        try VenueFolder.succeed(
            ["competitors", "edit", "1", "--status", "取消资格", "--reason", "违规", "--chief", "C1"], in: folder)
        #expect(
            try VenueFolder.succeed(["competitors", "show", "1"], in: folder).stdout.contains(
                "status: active → disqualified, by ")
        )
        try VenueFolder.succeed(
            ["results", "publish", "--trade", "nursery", "--out", "pub", "--chief", "C1"], in: folder)
        let status = try VenueFolder.succeed(["status"], in: folder).stdout
        #expect(status.contains("  published: version 1 at "), "\(status)")
        #expect(status.contains(", notice period (公示期) until "), "\(status)")
        let published = try JudgeProcess.run(
            ["competitors", "edit", "1", "--status", "active", "--reason", "申诉成功", "--chief", "C1"], in: folder)
        #expect(published.status == 1)
        #expect(published.stderr.hasPrefix("Error: --status: trade nursery was published (version 1, "))
        // Without --chief the first word is the publication too, not a call for the chief.
        let noChief = try JudgeProcess.run(
            ["competitors", "edit", "1", "--status", "active", "--reason", "申诉成功"], in: folder)
        #expect(noChief.stderr.hasPrefix("Error: --status: trade nursery was published (version 1, "))
        #expect(try VenueFolder.auditVerifies(folder))
    }

    /// Late registration is closed in a trade with a locked round; so is a move into it. A unit
    /// change of a competitor with marks could dodge recusal (回避): it needs the chief judge.
    @Test func aMoveIntoALockedTradeIsRefusedAndAUnitChangeWithMarksNeedsTheChief() throws {
        let folder = try VenueFolder.loaded()
        try VenueFolder.succeed(["lock", "--trade", "nursery", "--round", "theory", "--chief", "C1"], in: folder)
        try VenueFolder.refuse(
            ["competitors", "edit", "4", "--trade", "nursery", "--reason", "报错工种", "--chief", "C1"], in: folder,
            "--trade nursery: trade nursery has round theory locked (by C1), so no competitor can move into it (as no late registration can)"
        )
        try VenueFolder.refuse(
            ["competitors", "edit", "2", "--unit", "甲公司", "--reason", "填错"], in: folder,
            "--unit: competitor 2 has marks, and recusal (回避) is decided by unit, so a unit change needs the chief judge (--chief ID)"
        )
        try VenueFolder.succeed(
            ["competitors", "edit", "2", "--unit", "甲公司", "--reason", "填错", "--chief", "C1"], in: folder)
        // Competitor 4 has no marks: a unit is a plain correction.
        try VenueFolder.succeed(["competitors", "edit", "4", "--unit", "丁公司二部", "--reason", "填错"], in: folder)
        #expect(try VenueFolder.auditVerifies(folder))
    }

    @Test func aChangeLogEditedInTheFileIsFoundByAuditVerify() throws {
        let folder = try VenueFolder.loaded()
        try VenueFolder.succeed(["competitors", "edit", "3", "--status", "active", "--reason", "补报到"], in: folder)
        _ = try VenueFolder.sqlite("UPDATE competitor_change SET reason = '无'", in: folder)
        let outcome = try JudgeProcess.run(["audit", "verify"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.hasPrefix("audit: FAILED: competitor-change 3 3: the database has "), "\(outcome.stderr)")
    }

    @Test func showListsEveryMarkWhichTheTrimmedMeanDroppedScoresRankAndPrize() throws {
        let folder = try VenueFolder.loaded()
        let show = try VenueFolder.succeed(["competitors", "show", "2"], in: folder).stdout
        let lines = show.split(separator: "\n").map(String.init)
        #expect(lines[0] == "competitor 2 李四 (乙公司), 育婴员 (nursery), status active (正常)")
        #expect(lines[1].hasPrefix("registered: batch 1, roster import ") && lines[1].hasSuffix(", line 3"))
        let chinese = try JudgeProcess.run(
            ["competitors", "show", "2"], in: folder, environment: ["LANG": "zh_CN.UTF-8"]
        ).stdout.split(separator: "\n")
        #expect(chinese[1].hasPrefix("报名：批次 1（") && chinese[1].contains(" 导入名单 "), "\(chinese)")
        #expect(chinese[1].hasSuffix("），第 3 行"), "\(chinese)")
        #expect(
            Array(lines[2...]) == [
                "理论知识 (theory), single: 90.00",
                "  T1 阅卷组: 90.00",
                "实际操作 (practical), trimmed-mean, trim 1: 84.00",
                "  J1 王芳: 82.00  (prep 32.00, skill 50.00)  dropped",
                "  J2 李明: 84.00  (prep 33.00, skill 51.00)",
                "  J3 赵强: 86.00  (prep 34.00, skill 52.00)  dropped",
                "total 85.80, rank 1, prize 一等奖, title 工匠",
            ], "\(show)")
        let absent = try VenueFolder.succeed(["competitors", "show", "3"], in: folder).stdout
        #expect(absent.contains("理论知识 (theory), single: no marks\n") && absent.hasSuffix("not ranked: 缺考\n"))
        let unknown = try JudgeProcess.run(["competitors", "show", "77"], in: folder)
        #expect(
            unknown.stderr == "Error: --number \"77\": no competitor has this number\n")
    }

    /// An absent competitor's marks are kept, not scored: no trimmed mean dropped any of them.
    @Test func theMarksOfACompetitorMarkedAbsentAreKeptNotScoredNotDropped() throws {
        let folder = try VenueFolder.loaded()
        try VenueFolder.succeed(
            ["competitors", "edit", "2", "--status", "缺考", "--reason", "未到场", "--clerk", "录入员甲"], in: folder)
        let show = try VenueFolder.succeed(["competitors", "show", "2"], in: folder).stdout
        let lines = show.split(separator: "\n").map(String.init)
        let practical = lines.drop { !$0.hasPrefix("实际操作 (practical)") }.prefix(4)
        #expect(
            Array(practical) == [
                "实际操作 (practical), trimmed-mean, trim 1: kept, not scored",
                "  J1 王芳: 82.00  (prep 32.00, skill 50.00)  kept, not scored",
                "  J2 李明: 84.00  (prep 33.00, skill 51.00)  kept, not scored",
                "  J3 赵强: 86.00  (prep 34.00, skill 52.00)  kept, not scored",
            ], "\(show)")
        #expect(!show.contains("dropped"), "\(show)")
        let chinese = try JudgeProcess.run(["competitors", "show", "2", "--lang", "zh"], in: folder).stdout
        #expect(chinese.contains("  J1 王芳: 82.00  (prep 32.00, skill 50.00)  保留，不计分\n"), "\(chinese)")
        #expect(!chinese.contains("已去掉"), "\(chinese)")
    }
}
