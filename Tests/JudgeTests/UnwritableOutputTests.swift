import Foundation
import Testing

/// A sheet or document that cannot be written is the `cannot_write` refusal, placed at the
/// path in the clerk's language, and leaves nothing half-written (no sheet, no temporary file).
struct UnwritableOutputTests {
    static let chinese = ["LANG": "zh_CN.UTF-8"]

    /// Everything under `folder` but the database's own files, as relative paths.
    static func files(in folder: URL) -> Set<String> {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        return Set((enumerator?.allObjects as? [String] ?? []).filter { !$0.hasPrefix("judge.sqlite") })
    }

    @Test(arguments: [
        ([String](), "错误：taken: 无法写入：不是文件夹\n"),
        (["--lang", "en"], "Error: taken: cannot write: not a directory\n"),
    ])
    func anOutFolderThatIsAFileIsRefused(language: [String], message: String) throws {
        let folder = try BadInputTests.loadedFolder()
        try folder.write("not a folder", to: "taken")
        let before = Self.files(in: folder)
        let outcome = try JudgeProcess.run(
            ["results", "export", "--out", "taken"] + language, in: folder, environment: Self.chinese)
        #expect(outcome.status == 1)
        #expect(outcome.stderr == message)
        #expect(outcome.stdout == "")
        #expect(Self.files(in: folder) == before)
        #expect(try folder.contents(of: "taken") == Data("not a folder".utf8))
    }

    @Test(arguments: [
        ([String](), "错误：sheets/nursery.csv: 无法写入：这是一个文件夹\n"),
        (["--lang", "en"], "Error: sheets/nursery.csv: cannot write: is a directory\n"),
    ])
    func aSheetThatCannotBeWrittenLeavesNothingBehind(language: [String], message: String) throws {
        let folder = try BadInputTests.loadedFolder()
        let inTheWay = folder.appendingPathComponent("sheets/nursery.csv")
        try FileManager.default.createDirectory(at: inTheWay, withIntermediateDirectories: true)
        let before = Self.files(in: folder)
        let outcome = try JudgeProcess.run(
            ["results", "export", "--out", "sheets", "--format", "csv,html"] + language, in: folder,
            environment: Self.chinese)
        #expect(outcome.status == 1)
        #expect(outcome.stderr == message)
        #expect(Self.files(in: folder) == before)
    }
}
