import Foundation
import Messages
import Testing

@testable import CompetitionConfig

/// A refused competition file is one `Refusal`: a stable code, its place in the file
/// (file, line, column, key path), the value as written, and its words in either language.
struct CompetitionFilePlaceTests {
    @Test func aValidationRefusalCarriesEveryPart() {
        let text = demo.replacingOccurrences(of: "max: 60 }", with: "max: 50 }")
        #expect(
            throws: Refusal(
                .criteriaSum, at: .key(file: "shunyi.yaml", line: 18, column: 5, path: "rounds[1].criteria"),
                ["value": "20 + 50 + 20", "sum": "90", "max": "100"])
        ) {
            try CompetitionFile.parse(text, file: "shunyi.yaml")
        }
    }

    @Test func theSamePlaceAndValueInEitherLanguage() throws {
        let text = demo.replacingOccurrences(of: "max: 60 }", with: "max: 50 }")
        let error = try #require(throws: Refusal.self) { try CompetitionFile.parse(text, file: "shunyi.yaml") }
        #expect(
            english(error) == "shunyi.yaml:18:5: rounds[1].criteria: 20 + 50 + 20 — maxima sum to 90, round max is 100")
        #expect(chinese(error) == "shunyi.yaml:18:5: rounds[1].criteria: 20 + 50 + 20 — 各评分项满分之和为 90，而环节满分为 100")
    }

    @Test func anEmptyKeyOrValueIsLeftOut() {
        let unreadable = Refusal(
            .competitionFileUnreadable, at: .key(file: "a.yaml", line: 0, column: 0, path: ""), ["reason": "p"])
        #expect(unreadable.terminalText(in: .en) == "a.yaml:0:0: cannot read the file: p")
        let valueOnly = Refusal(
            .notYAML, at: .key(file: "a.yaml", line: 1, column: 2, path: ""), ["value": "v", "problem": "p"])
        #expect(valueOnly.terminalText(in: .en) == "a.yaml:1:2: v — the file does not parse as YAML: p")
    }

    /// A value that is words (`(missing)`) is said in Chinese too; the key path stays as written.
    @Test func aMissingKeyReadsInChinese() throws {
        let text = demo.replacingOccurrences(of: "{ id: nursery, name: 育婴员 }", with: "{ id: nursery }")
        let error = try #require(throws: Refusal.self) { try CompetitionFile.parse(text, file: "demo.yaml") }
        #expect(error.code == .missingKey)
        #expect(english(error) == "demo.yaml:5:5: trades[0].name: (missing) — a trade needs a name")
        #expect(chinese(error) == "demo.yaml:5:5: trades[0].name: （未填写） — 缺少工种名称 name")
    }

    @Test func aMissingFileIsRefusedWithTheSystemReason() throws {
        let error = try #require(throws: Refusal.self) { try CompetitionFile.load(path: "/nonexistent/shunyi.yaml") }
        #expect(
            error
                == Refusal(
                    .competitionFileUnreadable,
                    at: .key(file: "/nonexistent/shunyi.yaml", line: 0, column: 0, path: ""),
                    ["reason": "No such file or directory", "reason.zh": "文件或文件夹不存在"]))
        #expect(english(error) == "/nonexistent/shunyi.yaml:0:0: cannot read the file: No such file or directory")
        #expect(error.terminalText(in: .zh) == "/nonexistent/shunyi.yaml:0:0: 无法读取该文件：文件或文件夹不存在")
    }

    @Test func aFolderIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("competition-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(throws: Refusal.self) { try CompetitionFile.load(path: folder.path) }
        #expect(english(error) == "\(folder.path):0:0: cannot read the file: Is a directory")
    }

    @Test func textThatIsNotUTF8IsRefusedAtItsFirstBadByte() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("competition-\(UUID()).yaml")
        // "competition:\n  name: 区" with 区 in GBK.
        try Data(Array("competition:\n  name: ".utf8) + [0xC7, 0xF8, 0x0A]).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let error = try #require(throws: Refusal.self) { try CompetitionFile.load(path: file.path) }
        #expect(error.code == .competitionFileNotUTF8)
        #expect(english(error) == "\(file.path):2:9: byte 0xC7 — the file is not UTF-8 text; save it as UTF-8")
        #expect(chinese(error) == "\(file.path):2:9: 字节 0xC7 — 文件不是 UTF-8 文本：请另存为 UTF-8")
    }

    @Test func aFileIsReadAndCheckedWithItsPathInTheMessage() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("competition-\(UUID()).yaml")
        try demo.replacingOccurrences(of: "weight: 70", with: "weight: 60").write(
            to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(
            throws: Refusal(
                .weightsSum, at: .key(file: file.path, line: 6, column: 1, path: "rounds"),
                ["value": "weights 30 + 60", "sum": "90"])
        ) {
            try CompetitionFile.load(path: file.path)
        }
    }
}
