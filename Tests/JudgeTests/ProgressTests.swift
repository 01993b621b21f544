import Foundation
import Testing

/// Progress shows on a terminal only: never in a pipe, a file or a CI log.
/// `JUDGE_PROGRESS_DELAY=0` shows it from the start, so no test depends on timing.
struct ProgressTests {
    /// A folder with the e2e competition and a roster file of 10 000 competitors.
    static func folderWithLargeRoster() throws -> URL {
        let folder = try temporaryFolder()
        let outcome = try JudgeProcess.run(
            ["init", "--config", JudgeProcess.fixture("e2e/competition.yaml")], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rows = (1...10_000).map { "\($0),选手\($0),单位\($0 % 50),nursery\n" }.joined()
        try folder.write("number,name,unit,trade\n" + rows, to: "roster.csv")
        return folder
    }

    @Test func aPipedImportPrintsNoProgress() throws {
        let folder = try Self.folderWithLargeRoster()
        let outcome = try JudgeProcess.run(
            ["roster", "import", "roster.csv"], in: folder, environment: ["JUDGE_PROGRESS_DELAY": "0"])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.isEmpty)
        #expect(outcome.stdout == "added 10000 competitors from roster.csv\n")
    }

    /// What `judge roster import` shows on a pseudo-terminal in this locale.
    static func importOnATerminal(locale: String) throws -> String {
        let folder = try Self.folderWithLargeRoster()
        // script(1) gives the command a pseudo-terminal and copies what it shows to its stdout.
        let script = Process()
        script.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        script.arguments = ["-qec", "'\(JudgeProcess.executable.path)' roster import roster.csv", "/dev/null"]
        script.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["JUDGE_PROGRESS_DELAY"] = "0"
        environment.removeValue(forKey: "JUDGE_DB")
        for key in ["LC_ALL", "LC_MESSAGES"] { environment.removeValue(forKey: key) }
        environment["LANG"] = locale
        script.environment = environment
        let out = Pipe()
        script.standardOutput = out
        script.standardInput = FileHandle.nullDevice
        try script.run()
        let shown = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        script.waitUntilExit()
        #expect(script.terminationStatus == 0, "\(shown)")
        return shown
    }

    @Test func anImportOnATerminalShowsProgressAndClearsIt() throws {
        // In English, as JudgeProcess runs it: the default is Chinese.
        let shown = try Self.importOnATerminal(locale: "en_US.UTF-8")
        #expect(shown.contains("\r\u{1B}[Kreading roster.csv: "), "\(shown.debugDescription)")
        #expect(shown.contains("% (line 4096)"), "\(shown.debugDescription)")
        // Cleared before the summary, which reads as without progress.
        #expect(shown.hasSuffix("\r\u{1B}[Kadded 10000 competitors from roster.csv\r\n"), "\(shown.debugDescription)")
    }

    @Test func theProgressLineIsChineseByDefault() throws {
        let shown = try Self.importOnATerminal(locale: "zh_CN.UTF-8")
        #expect(shown.contains("\r\u{1B}[K读取 roster.csv："), "\(shown.debugDescription)")
        #expect(shown.contains("%（第 4096 行）"), "\(shown.debugDescription)")
        #expect(shown.hasSuffix("\r\u{1B}[K已从 roster.csv 添加 10000 名选手\r\n"), "\(shown.debugDescription)")
    }
}
