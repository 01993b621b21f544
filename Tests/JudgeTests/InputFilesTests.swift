import Foundation
import Testing

/// Files as Chinese clerks save them (docs/input-files.md): GB18030 from Excel or WPS,
/// Chinese headers, names for ids, 全角 digits, and 1 for 001.
struct InputFilesTests {
    static let roster = """
        参赛号,姓名,单位,工种,状态
        001,张三,甲公司,育婴员,
        002,李四,乙公司,育婴员,正常
        003,王五,丙公司,育婴员,在赛
        004,赵六,丁公司,育婴员,缺考
        005,钱七,戊公司,nursery,退赛
        006,孙八,己公司,中式烹调师,取消资格

        """

    /// A database with the input competition and nothing else.
    static func initialised() throws -> URL {
        let folder = try temporaryFolder()
        let outcome = try JudgeProcess.run(
            ["init", "--config", JudgeProcess.fixture("input/competition.yaml")], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return folder
    }

    /// `name` written as GB18030 by the system's iconv, as Excel's and WPS's plain "CSV" is.
    static func writeGB18030(_ text: String, to name: String, in folder: URL) throws {
        try folder.write(text, to: name + ".utf8")
        let iconv = Process()
        iconv.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        iconv.arguments = ["-f", "UTF-8", "-t", "GB18030", "-o", name, name + ".utf8"]
        iconv.currentDirectoryURL = folder
        try iconv.run()
        iconv.waitUntilExit()
        #expect(iconv.terminationStatus == 0)
        // Really not UTF-8, or the test would prove nothing.
        #expect(String(data: try folder.contents(of: name), encoding: .utf8) == nil)
    }

    @Test func aGB18030RosterAndMarksFileWithChineseHeadersAndNamesImport() throws {
        let folder = try Self.initialised()
        try Self.writeGB18030(Self.roster, to: "名单.csv", in: folder)
        let roster = try JudgeProcess.run(["roster", "import", "名单.csv"], in: folder)
        #expect(roster.status == 0, "\(roster.stderr)")
        #expect(roster.stdout == "added 6 competitors from 名单.csv (read as GB18030)\n")
        try Self.writeGB18030(
            """
            参赛号,轮次,裁判,得分,评分项
            001,理论知识,阅卷组,８５．５,
            ００２,theory,T1,90,
            003,理论知识,T1,７０,
            001,实际操作,J1,30,操作准备
            001,实际操作,李明,50,skill
            001,practical,J1,55,操作技能
            001,实际操作,J2,32,prep

            """, to: "成绩.csv", in: folder)
        let marks = try JudgeProcess.run(["score", "import", "成绩.csv"], in: folder)
        #expect(marks.status == 0, "\(marks.stderr)")
        #expect(marks.stdout == "added 7 marks from 成绩.csv (read as GB18030)\n")
        let status = try JudgeProcess.run(["competitors", "list"], in: folder)
        #expect(status.stdout.contains("赵六"))
        let export = try JudgeProcess.run(
            ["results", "export", "--out", "sheets", "--headers", "keys", "--no-bom", "--provisional"], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        let sheet = String(
            decoding: try folder.appendingPathComponent("sheets").contents(of: "nursery-provisional.csv"), as: UTF8.self
        )
        // 85.5 read from ８５．５, 70 from ７０, and 004/005 with the statuses given in Chinese.
        #expect(sheet.contains("1,001,张三,甲公司,nursery,85.50,83.50,"))
        #expect(sheet.contains(",002,李四,乙公司,nursery,90.00,,"))
        #expect(sheet.contains(",003,王五,丙公司,nursery,70.00,,,,,not-qualified\r\n"))
        #expect(sheet.contains(",004,赵六,丁公司,nursery,,,,,,absent\r\n"))
        #expect(sheet.contains(",005,钱七,戊公司,nursery,,,,,,withdrawn\r\n"))
    }

    @Test func aFileInNeitherEncodingIsRefusedNamingItsFirstBadLine() throws {
        let folder = try Self.initialised()
        var bytes = Data("number,name,unit,trade\n001,张三,甲公司,nursery\n".utf8)
        // Latin-1 é followed by a line end: invalid UTF-8 and invalid GB18030.
        bytes += Data("002,Ren".utf8) + Data([0xE9]) + Data("\n".utf8)
        try bytes.write(to: folder.appendingPathComponent("roster.csv"))
        let before = try folder.contents(of: "judge.sqlite")
        let outcome = try JudgeProcess.run(["roster", "import", "roster.csv"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr
                == "Error: roster.csv:3:0: \"002,Ren\\xE9\" — the file is neither UTF-8 nor GB18030 (GBK) text: save it as \"CSV UTF-8\" (Excel: 另存为 → CSV UTF-8（逗号分隔）; WPS: 另存为 → CSV UTF-8) and import it again\n"
        )
        #expect(try folder.contents(of: "judge.sqlite") == before)
    }

    /// Excel's "Unicode 文本": UTF-16 with a byte order mark, tab-separated.
    @Test func aUTF16FileIsRefusedSayingHowToSaveIt() throws {
        let folder = try Self.initialised()
        let text = "参赛号\t姓名\t单位\t工种\r\n001\t张三\t甲公司\t育婴员\r\n"
        try (Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!)
            .write(to: folder.appendingPathComponent("roster.txt"))
        let before = try folder.contents(of: "judge.sqlite")
        let outcome = try JudgeProcess.run(["roster", "import", "roster.txt"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr
                == "Error: roster.txt:1:0: \"\\xFF\\xFE\" — the file is UTF-16 text (Excel's \"Unicode 文本\"), not CSV: save it as \"CSV UTF-8\" (Excel: 另存为 → CSV UTF-8（逗号分隔）; WPS: 另存为 → CSV UTF-8) and import it again\n",
            "\(outcome.stderr)")
        #expect(try folder.contents(of: "judge.sqlite") == before)
    }

    /// A workbook given for its CSV, and a header typed with full-width commas.
    @Test func aWorkbookAndFullWidthCommasAreRefusedSayingWhatToDo() throws {
        let folder = try Self.initialised()
        try (Data([0x50, 0x4B, 0x03, 0x04]) + Data(repeating: 0, count: 60)).write(
            to: folder.appendingPathComponent("roster.xlsx"))
        let workbook = try JudgeProcess.run(["roster", "import", "roster.xlsx"], in: folder)
        #expect(workbook.status == 1)
        #expect(
            workbook.stderr.contains(
                "roster.xlsx:1:0: \"PK\" — this is an Excel workbook (.xlsx or .xls), not a CSV file: open it in Excel or WPS and save it as \"CSV UTF-8\""
            ), "\(workbook.stderr)")
        try folder.write("参赛号，姓名，单位，工种\n001，张三，甲公司，育婴员\n", to: "roster.csv")
        let commas = try JudgeProcess.run(["roster", "import", "roster.csv"], in: folder)
        #expect(commas.status == 1)
        #expect(
            commas.stderr.contains(
                "the columns are separated by full-width commas (，), not commas: separate them with half-width commas (,)"
            ),
            "\(commas.stderr)")
    }

    @Test func aUTF8FileWithAByteOrderMarkAndChineseHeadersImports() throws {
        let folder = try Self.initialised()
        try (Data([0xEF, 0xBB, 0xBF]) + Data(Self.roster.utf8)).write(to: folder.appendingPathComponent("r.csv"))
        let outcome = try JudgeProcess.run(["roster", "import", "r.csv"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "added 6 competitors from r.csv\n")
    }

    @Test func aColumnGivenByKeyAndByChineseNameIsRepeated() throws {
        let folder = try Self.initialised()
        try folder.write("number,参赛号,name,unit,trade\n", to: "r.csv")
        let outcome = try JudgeProcess.run(["roster", "import", "r.csv"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "Error: r.csv:1:2: \"参赛号\" — repeated column (number); first at column 1\n")
    }

    @Test func anUnknownHeaderListsTheChineseNames() throws {
        let folder = try Self.initialised()
        try folder.write("参赛号,环节,裁判,分数\n", to: "m.csv")
        let outcome = try JudgeProcess.run(["score", "import", "m.csv"], in: folder)
        #expect(
            outcome.stderr
                == "Error: m.csv:1:4: \"分数\" — unknown column; expected number,round,judge,score (optional: criterion), or 参赛号,环节|轮次,裁判,得分 (optional: 评分项)\n"
        )
    }

    static func withRoster() throws -> URL {
        let folder = try initialised()
        try folder.write(roster, to: "roster.csv")
        let outcome = try JudgeProcess.run(["roster", "import", "roster.csv"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return folder
    }

    @Test func aNumberThatLostItsLeadingZerosIsRefusedWithTheHint() throws {
        let folder = try Self.withRoster()
        try folder.write("number,round,judge,score\n1,theory,T1,80\n", to: "m.csv")
        let outcome = try JudgeProcess.run(["score", "import", "m.csv"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "Error: m.csv:2:1: \"1\" — no competitor has this number; did you mean 001?\n")
        let typed = try JudgeProcess.run(
            ["score", "enter", "--judge", "T1", "--number", "1", "--round", "theory", "80"], in: folder)
        #expect(typed.status == 1)
        #expect(typed.stderr.contains("no competitor has this number; did you mean 001?"), "\(typed.stderr)")
        // The other way round: the roster lost its zeros, the marks file kept them.
        try folder.write("number,name,unit,trade\n7,周七,戊公司,nursery\n", to: "late.csv")
        #expect(try JudgeProcess.run(["roster", "import", "late.csv"], in: folder).status == 0)
        try folder.write("number,round,judge,score\n007,theory,T1,80\n", to: "m7.csv")
        let padded = try JudgeProcess.run(["score", "import", "m7.csv"], in: folder)
        #expect(padded.stderr == "Error: m7.csv:2:1: \"007\" — no competitor has this number; did you mean 7?\n")
    }

    @Test func aNameSharedByTwoJudgesIsRefusedNamingBoth() throws {
        let folder = try Self.withRoster()
        try folder.write("参赛号,环节,裁判,得分,评分项\n001,实际操作,王芳,30,prep\n", to: "m.csv")
        let outcome = try JudgeProcess.run(["score", "import", "m.csv"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "Error: m.csv:2:3: \"王芳\" — 2 judges have this name (J1, J3): give the id\n")
    }

    @Test func anUnknownTradeNameListsIdsWithNames() throws {
        let folder = try Self.initialised()
        try folder.write("number,name,unit,trade\n001,张三,甲公司,保育员\n", to: "r.csv")
        let outcome = try JudgeProcess.run(["roster", "import", "r.csv"], in: folder)
        #expect(
            outcome.stderr
                == "Error: r.csv:2:4: \"保育员\" — no trade has this id or name; trades are nursery (育婴员), chef (中式烹调师)\n"
        )
    }

    @Test func fullWidthTimesAreRead() throws {
        let folder = try Self.withRoster()
        try folder.write("参赛号,环节,用时\n００１,实际操作,１２：３４\n", to: "t.csv")
        let outcome = try JudgeProcess.run(["time", "import", "t.csv"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "recorded 1 times from t.csv\n")
    }
}
