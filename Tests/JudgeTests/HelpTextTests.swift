import Foundation
import Testing

/// `--help` of `judge` and of every command under it, groups and leaves, in both languages,
/// pinned as the built executable prints it (`Fixtures/help/en.txt`, `zh.txt`;
/// JUDGE_UPDATE_GOLDEN=1 rewrites them, then review the diff). The commands are found by
/// walking the help itself, so a new command is pinned as soon as its group lists it.
struct HelpTextTests {
    static let locales = ["en": "en_US.UTF-8", "zh": "zh_CN.UTF-8"]

    /// Each command from `command` down, depth first in the order the help lists them, with
    /// what its `--help` prints.
    static func walk(_ command: [String], locale: String, in folder: URL) throws -> [(command: [String], help: String)]
    {
        let outcome = try JudgeProcess.run(
            command + ["--help"], in: folder, environment: ["LANG": locale, "LC_ALL": locale])
        #expect(outcome.status == 0, "judge \(command.joined(separator: " ")) --help")
        var found = [(command, outcome.stdout)]
        for name in subcommands(in: outcome.stdout) {
            found += try walk(command + [name], locale: locale, in: folder)
        }
        return found
    }

    /// The names a help text lists under its subcommands heading, in either language; an
    /// abstract's wrapped lines and the closing "See …" line are indented otherwise.
    static func subcommands(in help: String) -> [String] {
        guard
            let section = help.split(separator: "\n\n").first(where: {
                $0.hasPrefix("SUBCOMMANDS:") || $0.hasPrefix("子命令：")
            })
        else { return [] }
        return section.split(separator: "\n").dropFirst().compactMap { line in
            line.wholeMatch(of: /\ \ ([a-z][a-z0-9-]*)(?: {2,}.*)?/).map { String($0.output.1) }
        }
    }

    @Test(arguments: ["en", "zh"])
    func helpIsPinnedInBothLanguages(language: String) throws {
        let folder = try temporaryFolder()
        let rendered = try Self.walk([], locale: Self.locales[language]!, in: folder).map { command, help in
            "$ judge \((command + ["--help"]).joined(separator: " "))\n\(help)\n"
        }.joined()
        let golden = JudgeProcess.packageRoot.appendingPathComponent("Fixtures/help/\(language).txt")
        if ProcessInfo.processInfo.environment["JUDGE_UPDATE_GOLDEN"] == "1" {
            try rendered.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(rendered == (try String(contentsOf: golden, encoding: .utf8)))
    }

    /// Both languages list the same commands, leaves included: the walk reaches every one.
    @Test func bothLanguagesListTheSameCommandsDownToTheLeaves() throws {
        let folder = try temporaryFolder()
        let english = try Self.walk([], locale: "en_US.UTF-8", in: folder).map(\.command)
        let chinese = try Self.walk([], locale: "zh_CN.UTF-8", in: folder).map(\.command)
        #expect(english == chinese)
        for leaf in [["score", "enter"], ["judges", "credentials"], ["results", "publish"], ["serve"]] {
            #expect(english.contains(leaf), "\(leaf)")
        }
    }

    @Test func theAbstractFollowsTheLocale() throws {
        let folder = try temporaryFolder()
        let zh = try JudgeProcess.run(["--help"], in: folder, environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": ""])
        #expect(zh.stdout.hasPrefix("概述：职业技能竞赛计分"))
        let en = try JudgeProcess.run(["--help"], in: folder, environment: ["LANG": "en_US.UTF-8", "LC_ALL": ""])
        #expect(en.stdout.hasPrefix("OVERVIEW: Scores a vocational skills competition"))
    }
}
