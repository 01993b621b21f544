import Foundation
import Testing

/// `judge init` with a broken competition file refuses it in Chinese by default and in English
/// with `--lang en`: the same file:line:column, key and value, only the words change; exit
/// status 1 and no database made.
struct CompetitionFileLanguageTests {
    /// Each case's broken file, written into a temporary folder from Fixtures/e2e/competition.yaml
    /// with one edit: a test input, so it is named like one (Config/ holds only the demo competitions).
    static let config = "Fixtures/broken.yaml"

    struct Case: CustomTestStringConvertible, Sendable {
        let old: String
        let new: String
        let chinese: String
        let english: String
        var testDescription: String { english }
    }

    @Test(arguments: [
        // The rules (SCORING.md §9), placed at their key.
        Case(
            old: "weight: 70", new: "weight: 60",
            chinese: "Fixtures/broken.yaml:6:1: rounds: weights 30 + 60 — 各环节权重之和为 90，必须正好是 100",
            english:
                "Fixtures/broken.yaml:6:1: rounds: weights 30 + 60 — weights sum to 90, they must sum to exactly 100"
        ),
        // The file's shape: a value, a missing key, a number read as a mark is typed.
        Case(
            old: "aggregate: trimmed-mean", new: "aggregate: avg",
            chinese:
                "Fixtures/broken.yaml:12:16: rounds[1].aggregate: \"avg\" — 无法识别的计分方法；请用 single、mean、trimmed-mean 或 median",
            english:
                "Fixtures/broken.yaml:12:16: rounds[1].aggregate: \"avg\" — unknown method; use single, mean, trimmed-mean or median"
        ),
        Case(
            old: "{ id: nursery, name: 育婴员 }", new: "{ id: nursery }",
            chinese: "Fixtures/broken.yaml:5:5: trades[0].name: （未填写） — 缺少工种名称 name",
            english: "Fixtures/broken.yaml:5:5: trades[0].name: (missing) — a trade needs a name"),
        Case(
            old: "max: 40 }", new: "max: 40.005 }",
            chinese: "Fixtures/broken.yaml:15:38: rounds[1].criteria[0].max: 40.005 — 分数最多保留 2 位小数",
            english:
                "Fixtures/broken.yaml:15:38: rounds[1].criteria[0].max: 40.005 — a mark has at most 2 decimal places"
        ),
        // YAML that does not parse: libyaml's own words stay English inside the Chinese.
        Case(
            old: "    weight: 70", new: "    weight: 70: 30",
            chinese:
                "Fixtures/broken.yaml:11:15: \"weight: 70: 30\" — 文件不是有效的 YAML：mapping values are not allowed in this context",
            english:
                "Fixtures/broken.yaml:11:15: \"weight: 70: 30\" — the file does not parse as YAML: mapping values are not allowed in this context"
        ),
    ])
    func aBrokenCompetitionFileIsRefusedInEitherLanguage(_ broken: Case) throws {
        let folder = try temporaryFolder()
        let text = try String(contentsOfFile: JudgeProcess.fixture("e2e/competition.yaml"), encoding: .utf8)
        #expect(text.components(separatedBy: broken.old).count == 2, "\(broken.old) must occur once")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("Fixtures"), withIntermediateDirectories: true)
        try folder.write(text.replacingOccurrences(of: broken.old, with: broken.new), to: Self.config)
        let zh = try JudgeProcess.run(
            ["init", "--config", Self.config], in: folder, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.status == 1)
        #expect(zh.stderr == "错误：\(broken.chinese)\n")
        // No locale at all: Chinese, the users' language.
        let none = try JudgeProcess.run(["init", "--config", Self.config], in: folder, environment: ["LANG": ""])
        #expect(none.status == 1)
        #expect(none.stderr == "错误：\(broken.chinese)\n")
        let en = try JudgeProcess.run(
            ["init", "--config", Self.config, "--lang", "en"], in: folder, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(en.status == 1)
        #expect(en.stderr == "Error: \(broken.english)\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("judge.sqlite").path))
    }
}
