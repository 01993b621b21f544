import Foundation
import Testing

/// Marks kept but not scored are named in the import's summary, and `results export`
/// writes the advancement list (晋级名单) of each round with `qualify`.
struct AdvancementTests {
    static let marks = """
        number,round,judge,score,criterion
        001,theory,T1,85.5,
        002,theory,T1,90,
        003,theory,T1,70,
        001,practical,J1,30,prep
        001,practical,J1,50,skill
        003,practical,J1,20,prep
        003,practical,J1,40,skill
        004,theory,T1,60,

        """

    @Test func anImportSaysWhichMarksItKeepsButWillNotScore() throws {
        let folder = try InputFilesTests.withRoster()
        try folder.write(Self.marks, to: "m.csv")
        let outcome = try JudgeProcess.run(["score", "import", "m.csv"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(
            outcome.stdout
                == """
                added 8 marks from m.csv
                kept 3 marks that will not be scored:
                  round theory: 1 for 1 competitor absent: 004 (1)
                  round practical: 2 for 1 competitor not admitted to the round: 003 (2)

                """)
    }

    @Test func exportWritesTheAdvancementListBesideTheSheets() throws {
        let folder = try InputFilesTests.withRoster()
        try folder.write(Self.marks, to: "m.csv")
        _ = try JudgeProcess.run(["score", "import", "m.csv"], in: folder)
        let outcome = try JudgeProcess.run(["results", "export", "--out", "sheets", "--provisional"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(
            outcome.stdout.hasSuffix("wrote sheets/nursery-advance-practical.csv: 育婴员 晋级名单 实际操作, 2 of 3 advanced\n")
        )
        let list = try folder.appendingPathComponent("sheets").contents(of: "nursery-advance-practical.csv")
        #expect(
            String(decoding: list, as: UTF8.self)
                == "\u{FEFF}名次,参赛号,姓名,单位,理论知识,是否晋级\r\n1,002,李四,乙公司,90.00,晋级\r\n2,001,张三,甲公司,85.50,晋级\r\n3,003,王五,丙公司,70.00,未晋级\r\n"
        )
        // The printed list says the same: 名次 shared on ties, and 是否晋级.
        let html = try JudgeProcess.run(
            ["results", "export", "--out", "printed", "--provisional", "--format", "html"], in: folder)
        #expect(html.status == 0, "\(html.stderr)")
        let printed = try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("printed").path)
                .first { $0.hasSuffix("-advance-practical.html") && $0.hasPrefix("nursery") })
        let text = try Printing.text(try Printing.pdf(folder.appendingPathComponent("printed/\(printed)")))
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        #expect(words.contains("名次") && words.contains("是否晋级") && !words.contains("序号"))
        for row in [["1", "002", "李四", "乙公司", "90.00", "晋级"], ["3", "003", "王五", "丙公司", "70.00", "未晋级"]] {
            #expect(row.allSatisfy(words.contains), "\(row)")
        }
        let keys = try JudgeProcess.run(
            ["results", "export", "--out", "keys", "--provisional", "--headers", "keys", "--no-bom"], in: folder)
        #expect(keys.status == 0)
        #expect(
            try folder.appendingPathComponent("keys").contents(of: "nursery-advance-practical.csv")
                == Data(
                    "rank,number,name,unit,theory,advanced\r\n1,002,李四,乙公司,90.00,yes\r\n2,001,张三,甲公司,85.50,yes\r\n3,003,王五,丙公司,70.00,no\r\n"
                        .utf8))
        // The chef trade has nobody in its qualifying round: no list.
        #expect(
            !FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("sheets/chef-advance-practical.csv").path))
    }

    @Test func noListWhileTheQualifyingRoundHasMarksMissing() throws {
        let folder = try InputFilesTests.withRoster()
        try folder.write("number,round,judge,score\n001,theory,T1,85.5\n002,theory,T1,90\n", to: "m.csv")
        _ = try JudgeProcess.run(["score", "import", "m.csv"], in: folder)
        let outcome = try JudgeProcess.run(["results", "export", "--out", "sheets", "--provisional"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(
            outcome.stdout.contains(
                "advancement list nursery / practical not written: marks of round theory are missing"))
        #expect(
            !FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("sheets/nursery-advance-practical.csv").path))
    }
}
