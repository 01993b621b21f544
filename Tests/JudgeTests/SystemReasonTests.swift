import Foundation
import Testing

/// A file judge cannot read, or a folder that is not what it asked for, is a refusal with the
/// system's reason in the clerk's language: no Foundation error text, no English in Chinese.
struct SystemReasonTests {
    static let chinese = ["LANG": "zh_CN.UTF-8"]

    @Test(arguments: [
        (
            ["init", "--config", "missing.yaml"],
            "错误：missing.yaml:0:0: 无法读取该文件：文件或文件夹不存在\n",
            "Error: missing.yaml:0:0: cannot read the file: No such file or directory\n"
        ),
        (
            ["results", "verify", "missing.csv"],
            "错误：missing.csv:0:0: \"missing.csv\" — 无法读取：文件或文件夹不存在\n",
            "Error: missing.csv:0:0: \"missing.csv\" — no such file or directory\n"
        ),
        (
            ["demo", "--bundle", "nowhere"],
            "错误：--bundle \"nowhere\": 该文件夹中没有 Config/ 和 seeds/：请给出项目文件夹\n",
            "Error: --bundle \"nowhere\": no Config/ and seeds/ folders in it: give the project folder\n"
        ),
    ])
    func aMissingFileSaysWhyInTheClerksLanguage(arguments: [String], chinese: String, english: String) throws {
        let folder = try BadInputTests.loadedFolder()
        let zh = try JudgeProcess.run(arguments, in: folder, environment: Self.chinese)
        #expect(zh.status == 1)
        #expect(zh.stderr == chinese)
        let en = try JudgeProcess.run(arguments + ["--lang", "en"], in: folder)
        #expect(en.status == 1)
        #expect(en.stderr == english)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("results").path))
    }

    /// `--db` at a file that is not a database (a marks file given by mistake) or at a folder.
    @Test func aDatabaseOptionAtAnotherFileIsRefusedByName() throws {
        let folder = try BadInputTests.loadedFolder()
        try folder.write("number,round,judge,score\n", to: "marks.csv")
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o644], ofItemAtPath: folder.appendingPathComponent("marks.csv").path)
        let csv = try JudgeProcess.run(["status", "--db", "marks.csv"], in: folder, environment: Self.chinese)
        #expect(csv.status == 1)
        #expect(
            csv.stderr
                == "错误：marks.csv 不是 judge 的数据库，或文件已损坏（SQLite 错误 26）：请检查 --db 或 $JUDGE_DB；如已损坏，请从备份恢复\n")
        let english = try JudgeProcess.run(
            [
                "score", "enter", "--db", "marks.csv", "--judge", "T1", "--number", "1", "--round", "theory", "90",
                "--lang", "en",
            ], in: folder)
        #expect(english.status == 1)
        #expect(
            english.stderr.hasPrefix(
                "Error: marks.csv is not a judge database, or it is damaged (SQLite error 26: file is not a database"),
            "\(english.stderr)")
        // Not a database: left as it was, its mode included.
        #expect(try folder.contents(of: "marks.csv") == Data("number,round,judge,score\n".utf8))
        let mode =
            try FileManager.default.attributesOfItem(
                atPath: folder.appendingPathComponent("marks.csv").path)[.posixPermissions] as? Int
        #expect(mode.map { $0 & 0o044 } == 0o044, "\(String(mode ?? 0, radix: 8))")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("sub"), withIntermediateDirectories: false)
        let directory = try JudgeProcess.run(["rank", "--db", "sub"], in: folder, environment: Self.chinese)
        #expect(directory.status == 1)
        #expect(directory.stderr.hasPrefix("错误：sub 不是 judge 的数据库"), "\(directory.stderr)")
    }
}
