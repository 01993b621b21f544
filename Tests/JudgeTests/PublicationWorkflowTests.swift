import Foundation
import Testing

/// Publication and 公示 end to end: publish, verify, appeals, corrections and final publication.
struct PublicationWorkflowTests {
    static let sheetV1 =
        "\u{FEFF}名次,参赛号,姓名,单位,工种,理论知识,实际操作,总成绩,奖项,称号,备注\r\n"
        + "1,2,李四,乙公司,育婴员,90.00,84.00,85.80,一等奖,工匠,\r\n"
        + "2,1,张三,甲公司,育婴员,85.50,83.00,83.75,二等奖,,\r\n"
        + ",3,王五,丙公司,育婴员,,,,,,缺考\r\n"

    /// The publication competition (chief judge C1) with its roster and complete marks.
    static func loadedFolder() throws -> URL {
        let folder = try temporaryFolder()
        for step in [
            ["init", "--config", JudgeProcess.fixture("publication/competition.yaml")],
            ["roster", "import", JudgeProcess.fixture("e2e/roster.csv")],
            ["score", "import", JudgeProcess.fixture("e2e/marks.csv")],
        ] {
            try Self.succeed(step, in: folder)
        }
        return folder
    }

    /// Loaded, and both rounds locked by the chief judge.
    static func lockedFolder() throws -> URL {
        let folder = try loadedFolder()
        for round in ["theory", "practical"] {
            try Self.succeed(["lock", "--trade", "nursery", "--round", round, "--chief", "C1"], in: folder)
        }
        return folder
    }

    @discardableResult
    static func succeed(_ arguments: [String], in folder: URL) throws -> JudgeProcess.Outcome {
        let outcome = try JudgeProcess.run(arguments, in: folder)
        #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
        return outcome
    }

    static func publish(_ folder: URL, _ extra: [String] = []) throws -> JudgeProcess.Outcome {
        try JudgeProcess.run(
            ["results", "publish", "--trade", "nursery", "--out", "pub", "--chief", "C1"] + extra, in: folder)
    }

    static func text(_ folder: URL, _ name: String) throws -> String {
        String(decoding: try folder.appendingPathComponent("pub").contents(of: name), as: UTF8.self)
    }

    @Test func publishingWithUnlockedRoundsIsRefusedNamingThem() throws {
        let folder = try Self.loadedFolder()
        try Self.succeed(["lock", "--trade", "nursery", "--round", "theory", "--chief", "C1"], in: folder)
        let before = try folder.contents(of: "judge.sqlite")
        let outcome = try Self.publish(folder)
        #expect(outcome.status != 0)
        #expect(
            outcome.stderr
                == "Error: cannot publish 育婴员 (nursery): rounds not locked: 实际操作 (practical); lock each with `judge lock --trade nursery --round ID --chief ID`\n"
        )
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("pub").path))
        #expect(try folder.contents(of: "judge.sqlite") == before)
    }

    @Test func aJudgeWhoIsNotChiefCannotPublish() throws {
        let folder = try Self.lockedFolder()
        let outcome = try JudgeProcess.run(
            ["results", "publish", "--trade", "nursery", "--out", "pub", "--chief", "J1"], in: folder)
        #expect(outcome.status != 0)
        #expect(
            outcome.stderr.contains("--chief J1: 王芳 is not a chief judge (裁判长), so may not do judge results publish"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("pub").path))
    }

    @Test func publishWritesVersionOneWithManifestNoticeSheetAndAwardList() throws {
        let folder = try Self.lockedFolder()
        let outcome = try Self.publish(folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let sheet = try Self.text(folder, "nursery-v1.csv")
        #expect(sheet == Self.sheetV1)
        try Self.succeed(["results", "export", "--out", "exported"], in: folder)
        #expect(try folder.appendingPathComponent("exported").contents(of: "nursery.csv") == Data(sheet.utf8))
        let digest = try #require(outcome.stdout.split(separator: "\n").first { $0.hasPrefix("sha256 ") })
            .dropFirst("sha256 ".count)
        #expect(digest.count == 64)
        let files = try FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent("pub").path
        ).sorted()
        #expect(
            files == [
                "nursery-v1-awards.csv", "nursery-v1-awards.html", "nursery-v1-awards.xlsx", "nursery-v1-detail.html",
                "nursery-v1-detail.xlsx", "nursery-v1-notice.csv", "nursery-v1-notice.html", "nursery-v1-notice.xlsx",
                "nursery-v1.csv", "nursery-v1.html", "nursery-v1.sha256", "nursery-v1.xlsx",
            ])
        let manifest = try Self.text(folder, "nursery-v1.sha256")
        #expect(manifest.hasPrefix("\(digest)  nursery-v1.csv\n"))
        // Every file but the manifest itself, the printable ones included, then the audit pin as a
        // comment line, which sha256sum skips.
        #expect(manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }.count == files.count - 1)
        #expect(manifest.split(separator: "\n").last?.hasPrefix("# 审计链：judge audit verify --expect ") == true)
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["sha256sum", "--check", "--quiet", "nursery-v1.sha256"]
        check.currentDirectoryURL = folder.appendingPathComponent("pub")
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0, "sha256sum -c disagrees with the manifest")
        let notice = try Self.text(folder, "nursery-v1-notice.csv").split(separator: "\r\n").map(String.init)
        #expect(notice[0] == "\u{FEFF}2026年公示测试赛 育婴员 成绩公示 第1版 结果表SHA-256：\(digest)")
        #expect(notice[1].hasPrefix("公示期："))
        #expect(
            Array(notice[2...]) == [
                "名次,参赛号,姓名,单位,理论知识,实际操作,总成绩,奖项,称号,备注",
                "1,2,李四,乙公司,90.00,84.00,85.80,一等奖,工匠,",
                "2,1,张三,甲公司,85.50,83.00,83.75,二等奖,,",
                ",3,王五,丙公司,,,,,,缺考",
            ])
        #expect(
            try Self.text(folder, "nursery-v1-awards.csv")
                == "\u{FEFF}2026年公示测试赛 育婴员 获奖名单 第1版 结果表SHA-256：\(digest)\r\n"
                + "奖项,称号,名次,参赛号,姓名,单位,总成绩\r\n" + "一等奖（1名）\r\n"
                + "一等奖,工匠,1,2,李四,乙公司,85.80\r\n" + "二等奖（1名）\r\n" + "二等奖,,2,1,张三,甲公司,83.75\r\n")
        let again = try Self.publish(folder)
        #expect(again.status == 0)
        #expect(again.stdout == "育婴员 (nursery): nothing changed since version 1 (sha256 \(digest)); nothing written\n")
    }

    @Test func aFileAlreadyInTheFolderIsNeverReplaced() throws {
        let folder = try Self.lockedFolder()
        let pub = folder.appendingPathComponent("pub")
        try FileManager.default.createDirectory(at: pub, withIntermediateDirectories: true)
        try pub.write("mine", to: "nursery-v1-awards.csv")
        let outcome = try Self.publish(folder)
        #expect(outcome.status != 0)
        #expect(
            outcome.stderr
                == "Error: pub/nursery-v1-awards.csv exists already: a published file is never replaced; choose another --out\n"
        )
        #expect(try FileManager.default.contentsOfDirectory(atPath: pub.path) == ["nursery-v1-awards.csv"])
        #expect(try pub.contents(of: "nursery-v1-awards.csv") == Data("mine".utf8))
        let elsewhere = try JudgeProcess.run(
            ["results", "publish", "--trade", "nursery", "--out", "elsewhere", "--chief", "C1"], in: folder)
        #expect(elsewhere.status == 0, "\(elsewhere.stderr)")
    }

    @Test func verifyAcceptsAPublishedFileAndRefusesAnEditedOrForgedOne() throws {
        let folder = try Self.lockedFolder()
        #expect(try Self.publish(folder).status == 0)
        let accepted = try JudgeProcess.run(["results", "verify", "pub/nursery-v1.csv"], in: folder)
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(accepted.stdout.hasPrefix("pub/nursery-v1.csv: published: nursery-v1.csv of 育婴员 (nursery) version 1,"))
        let notice = try JudgeProcess.run(["results", "verify", "pub/nursery-v1-notice.csv"], in: folder)
        #expect(notice.status == 0)
        #expect(notice.stdout.contains("nursery-v1-notice.csv of 育婴员 (nursery) version 1"))

        try folder.write(
            Self.sheetV1.replacingOccurrences(of: "85.50,83.00,83.75", with: "95.50,83.00,86.75"), to: "edited.csv")
        let edited = try JudgeProcess.run(["results", "verify", "edited.csv"], in: folder)
        #expect(edited.status != 0)
        #expect(edited.stderr.hasPrefix("Error: edited.csv is not a published file (sha256 "))
        #expect(
            edited.stderr.hasSuffix(
                ". It most resembles nursery-v1.csv of 育婴员 (nursery) version 1: line 3 differs: published \"2,1,张三,甲公司,育婴员,85.50,83.00,83.75,二等奖,,\", this file \"2,1,张三,甲公司,育婴员,95.50,83.00,86.75,二等奖,,\"\n"
            ))

        try folder.write(Self.sheetV1.replacingOccurrences(of: "\r\n", with: "\n"), to: "lf.csv")
        let lineEnds = try JudgeProcess.run(["results", "verify", "lf.csv"], in: folder)
        #expect(lineEnds.status != 0)
        #expect(
            lineEnds.stderr.hasSuffix(": every line is equal, but the bytes differ (byte-order mark or line ends)\n"))

        try folder.write("名次,参赛号\r\n1,99\r\n", to: "forged.csv")
        let forged = try JudgeProcess.run(["results", "verify", "forged.csv"], in: folder)
        #expect(forged.status != 0)
        #expect(forged.stderr.hasPrefix("Error: forged.csv is not a published file (sha256 "))
    }

    @Test func appealsAreAddedListedAndResolvedAndBlockFinalPublication() throws {
        let folder = try Self.lockedFolder()
        #expect(try Self.publish(folder).status == 0)
        let added = try Self.succeed(
            ["appeal", "add", "--trade", "nursery", "--number", "1", "--reason", "实操评分有误", "--by", "张三"], in: folder)
        #expect(added.stdout == "appeal 1 recorded: 育婴员 (nursery) version 1, competitor 1, by 张三: 实操评分有误\n")
        let unknown = try JudgeProcess.run(
            ["appeal", "add", "--trade", "nursery", "--number", "99", "--reason", "x"], in: folder)
        #expect(unknown.stderr == "Error: --number 99: no such competitor in nursery\n")
        let list = try Self.succeed(["appeal", "list"], in: folder).stdout
        #expect(list.contains("实操评分有误  待处理"), "\(list)")

        let final = try Self.publish(folder, ["--final"])
        #expect(final.status != 0)
        #expect(
            final.stderr.hasPrefix("Error: cannot make nursery final:\n  the notice period of version 1 runs until "))
        #expect(final.stderr.hasSuffix("\n  appeal 1 (competitor 1) is open: 实操评分有误\n"))

        let notChief = try JudgeProcess.run(
            ["appeal", "resolve", "--id", "1", "--ruling", "维持原成绩", "--chief", "J1"], in: folder)
        #expect(notChief.status != 0)
        let resolved = try Self.succeed(
            ["appeal", "resolve", "--id", "1", "--ruling", "维持原成绩", "--chief", "C1"], in: folder)
        #expect(resolved.stdout == "appeal 1 resolved by C1: 维持原成绩\n")
        #expect(try Self.succeed(["appeal", "list"], in: folder).stdout.contains("已处理  维持原成绩（C1）"))
        let twice = try JudgeProcess.run(
            ["appeal", "resolve", "--id", "1", "--ruling", "x", "--chief", "C1"], in: folder)
        #expect(twice.stderr == "Error: appeal 1 was resolved already: 维持原成绩\n")

        let second = try JudgeProcess.run(
            ["appeal", "add", "--trade", "nursery", "--number", "2", "--reason", "理论分数", "--by", "李四"], in: folder,
            environment: ["LANG": "zh_CN.UTF-8"])
        #expect(second.stdout == "申诉 2 已登记：育婴员（nursery）第 1 版，选手 2，提出人 李四：理论分数\n", "\(second.stderr)")
    }

    @Test func finalPublicationAfterTheNoticePeriodEndsTakingAppeals() throws {
        let folder = try Self.lockedFolder()
        #expect(try Self.publish(folder, ["--notice-days", "0"]).status == 0)
        let late = try JudgeProcess.run(
            ["appeal", "add", "--trade", "nursery", "--number", "1", "--reason", "迟到的申诉"], in: folder)
        #expect(late.status != 0)
        #expect(late.stderr.contains("the notice period of version 1 ended at "))
        let final = try Self.publish(folder, ["--final"])
        #expect(final.status == 0, "\(final.stderr)")
        #expect(final.stdout.hasPrefix("育婴员 (nursery): version 1 is final, sha256 "))
        let verified = try Self.succeed(["results", "verify", "pub/nursery-v1.csv"], in: folder)
        #expect(verified.stdout.contains("; final since "))
        let after = try JudgeProcess.run(
            ["results", "publish", "--trade", "nursery", "--out", "later", "--chief", "C1"], in: folder)
        #expect(after.status != 0)
        #expect(after.stderr == "Error: nursery was published final as version 1: nothing more can be published\n")
    }

    @Test func aCorrectionThenPublishGivesVersionTwoWithTheChangeList() throws {
        let folder = try Self.lockedFolder()
        #expect(try Self.publish(folder).status == 0)
        let v1 = try folder.appendingPathComponent("pub").contents(of: "nursery-v1.csv")
        try Self.succeed(
            [
                "score", "correct", "--chief", "C1", "--judge", "T1", "--number", "1", "--round", "theory",
                "--value", "99", "--reason", "申诉复核：理论试卷漏计分",
            ], in: folder)
        let second = try Self.publish(folder)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("changes since version 1: 8 cells for 2 competitors"))
        #expect(try folder.appendingPathComponent("pub").contents(of: "nursery-v1.csv") == v1)
        let changes = try Self.text(folder, "nursery-v2-changes.csv").split(separator: "\r\n").map(String.init)
        #expect(changes[0].hasPrefix("\u{FEFF}2026年公示测试赛 育婴员 成绩更正 第1版→第2版 结果表SHA-256："))
        #expect(
            Array(changes[1...]) == [
                "参赛号,姓名,项目,更正前,更正后",
                "1,张三,名次,2,1",
                "1,张三,理论知识,85.50,99.00",
                "1,张三,总成绩,83.75,87.80",
                "1,张三,奖项,二等奖,一等奖",
                "1,张三,称号,,工匠",
                "2,李四,名次,1,2",
                "2,李四,奖项,一等奖,二等奖",
                "2,李四,称号,工匠,",
            ])
        let old = try Self.succeed(["results", "verify", "pub/nursery-v1.csv"], in: folder)
        #expect(old.stdout.contains("version 1,") && old.stdout.contains("superseded by version 2"))
        #expect(
            try Self.succeed(["results", "verify", "pub/nursery-v2.csv"], in: folder).stdout.contains("version 2,"))
    }

    @Test func auditVerifyDetectsADirectEditOfPublicationsAndAppeals() throws {
        for edit in [
            "UPDATE publication SET notice_ends_at = '2099-01-01T00:00:00Z'",
            "UPDATE publication SET sheet = CAST('x' AS BLOB)",
            "UPDATE publication_file SET sha256 = 'ab' WHERE name LIKE '%notice%'",
            "UPDATE appeal SET reason = '改过的理由'",
            "DELETE FROM appeal",
        ] {
            let folder = try Self.lockedFolder()
            #expect(try Self.publish(folder).status == 0)
            try Self.succeed(["appeal", "add", "--trade", "nursery", "--number", "1", "--reason", "复核"], in: folder)
            try Self.succeed(["audit", "verify"], in: folder)
            let sqlite = Process()
            sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            sqlite.arguments = ["sqlite3", "judge.sqlite", edit]
            sqlite.currentDirectoryURL = folder
            try sqlite.run()
            sqlite.waitUntilExit()
            #expect(sqlite.terminationStatus == 0)
            let outcome = try JudgeProcess.run(["audit", "verify"], in: folder)
            #expect(outcome.status != 0, "not detected: \(edit)")
        }
    }

    @Test func theCommandsAreInHelpWithTheirOptions() throws {
        let folder = try temporaryFolder()
        #expect(try JudgeProcess.run(["--help"], in: folder).stdout.contains("  appeal "))
        let publish = try JudgeProcess.run(["results", "publish", "--help"], in: folder).stdout
        for option in ["--trade <id>", "--out <dir>", "--notice-days <notice-days>", "--final", "--chief <judge id>"] {
            #expect(publish.contains(option), "\(option) missing from results publish --help")
        }
        let appeal = try JudgeProcess.run(["appeal", "--help"], in: folder).stdout
        for command in ["add", "resolve", "list"] {
            #expect(appeal.contains("  \(command) "), "\(command) missing from appeal --help")
        }
    }

    @Test func aNegativeNoticePeriodIsRefused() throws {
        let folder = try Self.lockedFolder()
        let outcome = try Self.publish(folder, ["--notice-days=-1"])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("--notice-days -1: must be 0 or more"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("pub").path))
    }
}
