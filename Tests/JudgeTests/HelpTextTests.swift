import Foundation
import Testing

/// `--help` of `judge` and of each command group, in both languages, pinned as the built
/// executable prints it (`Fixtures/help/en.txt`, `zh.txt`; JUDGE_UPDATE_GOLDEN=1 rewrites them,
/// then review the diff).
struct HelpTextTests {
    static let groups = [
        [], ["init"], ["roster"], ["score"], ["time"], ["results"], ["status"], ["rank"], ["competitors"],
        ["lock"], ["unlock"], ["flags"], ["judges"], ["recusal"], ["double-entry"], ["appeal"], ["audit"],
        ["backup"], ["report"], ["demo"], ["clerks"],
    ]

    @Test(arguments: [("en", "en_US.UTF-8"), ("zh", "zh_CN.UTF-8")])
    func helpIsPinnedInBothLanguages(language: String, locale: String) throws {
        do {
            let folder = try temporaryFolder()
            var rendered = ""
            for group in Self.groups {
                let outcome = try JudgeProcess.run(
                    group + ["--help"], in: folder, environment: ["LANG": locale, "LC_ALL": locale])
                #expect(outcome.status == 0, "judge \(group.joined(separator: " ")) --help")
                rendered += "$ judge \((group + ["--help"]).joined(separator: " "))\n\(outcome.stdout)\n"
            }
            let golden = JudgeProcess.packageRoot.appendingPathComponent("Fixtures/help/\(language).txt")
            if ProcessInfo.processInfo.environment["JUDGE_UPDATE_GOLDEN"] == "1" {
                try FileManager.default.createDirectory(
                    at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
                try rendered.write(to: golden, atomically: true, encoding: .utf8)
            }
            #expect(rendered == (try String(contentsOf: golden, encoding: .utf8)))
        }
    }

    @Test func theAbstractFollowsTheLocale() throws {
        do {
            let folder = try temporaryFolder()
            let zh = try JudgeProcess.run(["--help"], in: folder, environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": ""])
            #expect(zh.stdout.hasPrefix("概述：职业技能竞赛计分"))
            let en = try JudgeProcess.run(["--help"], in: folder, environment: ["LANG": "en_US.UTF-8", "LC_ALL": ""])
            #expect(en.stdout.hasPrefix("OVERVIEW: Scores a vocational skills competition"))
        }
    }
}
