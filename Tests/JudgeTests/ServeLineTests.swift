import Foundation
import Testing

/// The lines `judge serve` prints once it listens, in Chinese by default and in English (which
/// scripts read for the port) with `--lang en`.
struct ServeLineTests {
    /// Starts `judge serve --port 0`, reads until its last start line, and stops it.
    static func startLines(_ arguments: [String], in folder: URL, environment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = JudgeProcess.executable
        process.arguments = ["serve", "--port", "0", "--host", "127.0.0.1"] + arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "JUDGE_DB"] { env.removeValue(forKey: key) }
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        var text = ""
        let deadline = Date().addingTimeInterval(60)
        while !text.contains("Ctrl-C"), Date() < deadline {
            let data = out.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        return text.split(separator: "\n").prefix(4).joined(separator: "\n")
    }

    @Test func theStartLinesAreChineseByDefaultAndEnglishWithLangEn() throws {
        let folder = try VenueFolder.loaded()
        let zh = try Self.startLines([], in: folder, environment: ["LANG": "zh_CN.UTF-8"])
        let port = try #require(zh.split(separator: ":").last.map { $0.prefix { $0.isNumber } })
        #expect(
            zh == """
                裁判评分：      http://127.0.0.1:\(port)/judge
                裁判长控制台：  http://127.0.0.1:\(port)/chief
                大屏：          http://127.0.0.1:\(port)/board
                judge serve：judge.sqlite，地址 127.0.0.1:\(port)；按 Ctrl-C 停止
                """)
        let en = try Self.startLines(["--lang", "en"], in: folder, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(en.hasPrefix("judges (裁判评分):   http://127.0.0.1:"), "\(en)")
        #expect(en.contains("\njudge serve: judge.sqlite on 127.0.0.1:"), "\(en)")
        #expect(en.hasSuffix("; stop with Ctrl-C"), "\(en)")
    }
}
