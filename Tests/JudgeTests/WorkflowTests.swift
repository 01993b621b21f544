import Foundation
import Testing

/// The venue workflow beyond the batch contract: status, rank, typed marks, provisional sheets.
struct WorkflowTests {
    /// The e2e competition with competitor 2's practical marks from judge J3 missing.
    static func incompleteFolder() throws -> URL {
        let folder = try temporaryFolder()
        let marks = try String(contentsOfFile: JudgeProcess.fixture("e2e/marks.csv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("2,practical,J3") }.joined(separator: "\n")
        try folder.write(marks + "\n", to: "marks.csv")
        for step in [
            ["init", "--config", JudgeProcess.fixture("e2e/competition.yaml")],
            ["roster", "import", JudgeProcess.fixture("e2e/roster.csv")],
            ["score", "import", "marks.csv"],
        ] {
            #expect(try JudgeProcess.run(step, in: folder).status == 0)
        }
        return folder
    }

    @Test func exportRefusesWhileMarksAreMissingAndListsThem() throws {
        let folder = try Self.incompleteFolder()
        let outcome = try JudgeProcess.run(["results", "export", "--out", "sheets"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr == """
                Error: marks are missing, so no final sheet was written:
                  育婴员 (nursery): 1 problem
                    nursery: competitor 2, round practical, judge J3: missing
                enter the missing marks, or export with --provisional for a sheet marked provisional

                """)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("sheets").path))
    }

    @Test func aProvisionalSheetSaysSoInItsNameAndListsTheIncompleteAfterTheRanked() throws {
        let folder = try Self.incompleteFolder()
        let outcome = try JudgeProcess.run(
            ["results", "export", "--out", "sheets", "--provisional", "--headers", "keys", "--no-bom"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let sheet = String(
            decoding: try folder.appendingPathComponent("sheets").contents(of: "nursery-provisional.csv"), as: UTF8.self
        )
        #expect(
            sheet == "rank,number,name,unit,trade,theory,practical,total,prize,title,status\r\n"
                + "1,1,张三,甲公司,nursery,85.50,83.00,83.75,一等奖,工匠,ranked\r\n"
                + ",2,李四,乙公司,nursery,90.00,,,,,incomplete\r\n"
                + ",3,王五,丙公司,nursery,,,,,,absent\r\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("sheets/nursery.csv").path))
    }

    @Test func aProvisionalSheetReplacesAnOutOfDateFinalOne() throws {
        let folder = try Self.incompleteFolder()
        let sheets = folder.appendingPathComponent("sheets")
        try FileManager.default.createDirectory(at: sheets, withIntermediateDirectories: true)
        try sheets.write("an old final sheet", to: "nursery.csv")
        #expect(
            try JudgeProcess.run(["results", "export", "--out", "sheets", "--provisional"], in: folder).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: sheets.path) == ["nursery-provisional.csv"])
    }

    @Test func initLoadsIntoAnEmptyDatabaseFile() throws {
        let folder = try temporaryFolder()
        try folder.write("", to: "judge.sqlite")
        let outcome = try JudgeProcess.run(
            ["init", "--config", JudgeProcess.fixture("e2e/competition.yaml")], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try JudgeProcess.run(["competitors", "list"], in: folder).status == 0)
    }

    @Test func statusNamesEachMissingMark() throws {
        let folder = try Self.incompleteFolder()
        let outcome = try JudgeProcess.run(["status"], in: folder)
        #expect(
            outcome.stdout == """
                育婴员 (nursery): 3 competitors, 2 active
                  理论知识 (theory): 2/2 marks in, 0 missing, 2 of 2 competitors scored
                  实际操作 (practical): 10/12 marks in, 2 missing, 1 of 2 competitors scored
                  final sheet: blocked by 1 (`judge status --missing` or `--trade nursery` lists them)

                """)
        let listed = try JudgeProcess.run(["status", "--missing"], in: folder)
        #expect(
            listed.stdout.hasSuffix(
                "  final sheet: blocked by 1:\n    competitor 2, round practical, judge J3: missing\n"))
    }

    @Test func aTypedMarkIsEchoedAndCompletesTheTrade() throws {
        let folder = try Self.incompleteFolder()
        let typed = try JudgeProcess.run(
            ["score", "enter", "--judge", "J3", "--number", "2", "--round", "practical", "--criterion", "prep", "34"],
            in: folder)
        #expect(typed.stdout == "stored 34.00: competitor 2 李四 (乙公司), 实际操作 (practical) / 操作准备 (prep), judge J3 赵强\n")
        let wrong = try JudgeProcess.run(
            ["score", "enter", "--judge", "J3", "--number", "2", "--round", "practical", "--criterion", "skill", "61"],
            in: folder)
        #expect(wrong.status == 1)
        #expect(wrong.stderr == "Error: score \"61\": above the maximum of 60.00\n")
        _ = try JudgeProcess.run(
            ["score", "enter", "--judge", "J3", "--number", "2", "--round", "practical", "--criterion", "skill", "52"],
            in: folder)
        let rank = try JudgeProcess.run(["rank"], in: folder)
        #expect(
            rank.stdout == """
                育婴员 (nursery)
                名次  参赛号  姓名  单位    理论知识  实际操作  总成绩  奖项    称号  备注
                ----  ------  ----  ------  --------  --------  ------  ------  ----  ----
                   1  2       李四  乙公司     90.00     84.00   85.80  一等奖  工匠
                   2  1       张三  甲公司     85.50     83.00   83.75  二等奖
                      3       王五  丙公司                                            缺考

                """)
    }

    @Test func theDatabaseComesFromDbBeforeOrAfterTheCommandOrFromJUDGE_DB() throws {
        let folder = try temporaryFolder()
        let config = JudgeProcess.fixture("e2e/competition.yaml")
        #expect(try JudgeProcess.run(["--db", "a.sqlite", "init", "--config", config], in: folder).status == 0)
        #expect(try JudgeProcess.run(["init", "--config", config, "--db", "b.sqlite"], in: folder).status == 0)
        #expect(
            try JudgeProcess.run(["init", "--config", config], in: folder, environment: ["JUDGE_DB": "c.sqlite"]).status
                == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["a.sqlite", "b.sqlite", "c.sqlite"])
    }

    @Test func competitorsListTheRosterByNumber() throws {
        let folder = try Self.incompleteFolder()
        let outcome = try JudgeProcess.run(["competitors", "list", "--trade", "nursery"], in: folder)
        #expect(
            outcome.stdout == """
                参赛号  姓名  单位    工种    状态
                ------  ----  ------  ------  ------
                     1  张三  甲公司  育婴员  active
                     2  李四  乙公司  育婴员  active
                     3  王五  丙公司  育婴员  absent

                """)
        let unknown = try JudgeProcess.run(["competitors", "list", "--trade", "chef"], in: folder)
        #expect(unknown.stderr == "Error: --trade \"chef\": no trade has this id or name; trades are nursery\n")
    }

    /// Columns are found by name: the fixture files with their columns reversed import to the
    /// same results, and a refusal names the column where the file has it.
    @Test func importsReadColumnsInTheFilesOrder() throws {
        func reversed(_ fixture: String) throws -> String {
            let lines = try String(contentsOfFile: JudgeProcess.fixture(fixture), encoding: .utf8).split(
                separator: "\n")
            return lines.map {
                $0.split(separator: ",", omittingEmptySubsequences: false).reversed().joined(separator: ",")
            }
            .joined(separator: "\n") + "\n"
        }
        let folder = try temporaryFolder()
        try folder.write(try reversed("e2e/roster.csv"), to: "roster.csv")
        try folder.write(try reversed("e2e/marks.csv"), to: "marks.csv")
        for step in [
            ["init", "--config", JudgeProcess.fixture("e2e/competition.yaml")],
            ["roster", "import", "roster.csv"],
            ["score", "import", "marks.csv"],
        ] {
            let outcome = try JudgeProcess.run(step, in: folder)
            #expect(outcome.status == 0, "\(step): \(outcome.stderr)")
        }
        let reference = try BadInputTests.loadedFolder()
        for command in [["rank"], ["competitors", "list", "--trade", "nursery"], ["status"]] {
            let (read, expected) = (
                try JudgeProcess.run(command, in: folder), try JudgeProcess.run(command, in: reference)
            )
            #expect(read.stdout == expected.stdout, "\(command)")
        }
        // No criterion column at all.
        try folder.write("score,judge,number,round\n86,T1,1,theory\n", to: "fix.csv")
        let fix = try JudgeProcess.run(["score", "import", "fix.csv", "--replace"], in: folder)
        #expect(fix.stdout == "added 0 marks, replaced 1 from fix.csv\n")
        try folder.write("score,judge,number,round\n85.123,T1,1,theory\n", to: "bad.csv")
        let bad = try JudgeProcess.run(["score", "import", "bad.csv"], in: folder)
        #expect(
            bad.stderr.hasPrefix("Error: bad.csv:2:1: \"85.123\" — a mark has at most 2 decimal places"),
            "\(bad.stderr)")
    }

    @Test func everyCommandHasHelp() throws {
        let folder = try temporaryFolder()
        let help = try JudgeProcess.run(["--help"], in: folder)
        for command in ["init", "roster", "score", "time", "results", "status", "rank", "competitors", "demo"] {
            #expect(help.stdout.contains("  \(command) "), "\(command) missing from --help")
        }
        let export = try JudgeProcess.run(["results", "export", "--help"], in: folder)
        for option in ["--out <dir>", "--headers <headers>", "--no-bom", "--provisional", "--db <path>"] {
            #expect(export.stdout.contains(option), "\(option) missing from results export --help")
        }
    }
}
