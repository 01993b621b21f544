import Foundation
import Testing

/// Whole result sheets, byte for byte, against sheets written by the independent
/// reference implementation (Scripts/reference) and by the seed generator.
struct GoldenSheetTests {
    static let randomCases = ["random-1", "random-4", "random-5"]

    @Test(arguments: randomCases, ["keys", "zh"])
    func batchContractReproducesTheReferenceSheets(name: String, headers: String) throws {
        let folder = try temporaryFolder()
        let input = JudgeProcess.fixture("golden/\(name)")
        let steps = [
            ["init", "--config", "\(input)/competition.yaml"],
            ["roster", "import", "\(input)/roster.csv"],
            ["score", "import", "\(input)/marks.csv"],
            ["time", "import", "\(input)/times.csv"],
            ["results", "export", "--out", "sheets", "--headers", headers],
        ]
        for step in steps {
            let outcome = try JudgeProcess.run(step + ["--db", "c.sqlite"], in: folder)
            #expect(outcome.status == 0, "\(step): \(outcome.stderr)")
        }
        let expected = URL(fileURLWithPath: "\(input)/expected-\(headers)")
        let trades = try FileManager.default.contentsOfDirectory(atPath: expected.path).sorted()
        // Beside the sheets, the advancement lists of rounds with `qualify` (AdvancementTests).
        let sheets = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("sheets").path)
        #expect(sheets.filter { !$0.contains("-advance-") }.sorted() == trades)
        for trade in trades {
            let written = try folder.appendingPathComponent("sheets").contents(of: trade)
            #expect(written == (try expected.contents(of: trade)), "\(name)/\(trade) differs")
        }
    }

    @Test(arguments: ["shunyi-2024", "chaoyang-auto-2024"])
    func demoSeedsGiveTheSheetsTheirGeneratorExpects(competition: String) throws {
        let folder = try temporaryFolder()
        let root = JudgeProcess.packageRoot.path
        let seeds = "\(root)/seeds/\(competition)"
        var steps = [
            ["init", "--config", "\(root)/Config/\(competition).yaml"],
            ["roster", "import", "\(seeds)/roster.csv"],
            ["score", "import", "\(seeds)/marks.csv"],
        ]
        if FileManager.default.fileExists(atPath: "\(seeds)/times.csv") {
            steps.append(["time", "import", "\(seeds)/times.csv"])
        }
        steps.append(["results", "export", "--out", "sheets", "--headers", "keys", "--no-bom"])
        for step in steps {
            let outcome = try JudgeProcess.run(["--db", "c.sqlite"] + step, in: folder)
            #expect(outcome.status == 0, "\(step): \(outcome.stderr)")
        }
        let expected = URL(fileURLWithPath: "\(seeds)/expected")
        for trade in try FileManager.default.contentsOfDirectory(atPath: expected.path) {
            #expect(
                try folder.appendingPathComponent("sheets").contents(of: trade) == (try expected.contents(of: trade)))
        }
    }

    @Test func demoWritesEverySheetWithABOMAndSaysWhere() throws {
        let folder = try temporaryFolder()
        let outcome = try JudgeProcess.run(
            ["demo", "--out", "out", "--bundle", JudgeProcess.packageRoot.path], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("一等奖, 顺义工匠:"))
        #expect(outcome.stdout.contains("wrote 4 result sheets under out/"))
        let sheet = try folder.appendingPathComponent("out/shunyi-2024").contents(of: "nursery.csv")
        #expect(sheet.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: sheet.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("名次,参赛号,姓名,单位,工种,理论知识,实际操作,总成绩,奖项,称号,备注\r\n"))
        #expect(text.hasSuffix("\r\n"))
    }
}
