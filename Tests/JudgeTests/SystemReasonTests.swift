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
}
