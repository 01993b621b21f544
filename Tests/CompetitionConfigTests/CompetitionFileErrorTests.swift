import Foundation
import Testing

@testable import CompetitionConfig

struct CompetitionFileErrorTests {
    @Test func aValidationErrorCarriesEveryPart() {
        let text = demo.replacingOccurrences(of: "max: 60 }", with: "max: 50 }")
        #expect(
            throws: CompetitionFileError(
                file: "shunyi.yaml", line: 18, column: 5, path: "rounds[1].criteria", value: "20 + 50 + 20",
                problem: "maxima sum to 90, round max is 100")
        ) {
            try CompetitionFile.parse(text, file: "shunyi.yaml")
        }
    }

    @Test func descriptionAndLocalizedDescription() {
        let error = CompetitionFileError(
            file: "shunyi.yaml", line: 22, column: 5, path: "rounds[1].criteria", value: "20 + 60 + 10",
            problem: "maxima sum to 90, round max is 100")
        let message = "shunyi.yaml:22:5: rounds[1].criteria: 20 + 60 + 10 — maxima sum to 90, round max is 100"
        #expect(error.description == message)
        #expect(error.errorDescription == message)
        #expect(error.localizedDescription == message)
    }

    @Test func anEmptyPathOrValueIsLeftOut() {
        #expect(
            CompetitionFileError(file: "a.yaml", line: 0, column: 0, path: "", value: "", problem: "p").description
                == "a.yaml:0:0: p")
        #expect(
            CompetitionFileError(file: "a.yaml", line: 1, column: 2, path: "", value: "v", problem: "p").description
                == "a.yaml:1:2: v — p")
    }

    @Test func aMissingFileIsRefusedWithTheSystemReason() {
        #expect(
            throws: CompetitionFileError(
                file: "/nonexistent/shunyi.yaml", line: 0, column: 0, path: "", value: "",
                problem: "cannot read the file: No such file or directory")
        ) {
            try CompetitionFile.load(path: "/nonexistent/shunyi.yaml")
        }
    }

    @Test func aFolderIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("competition-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            throws: CompetitionFileError(
                file: folder.path, line: 0, column: 0, path: "", value: "",
                problem: "cannot read the file: Is a directory")
        ) {
            try CompetitionFile.load(path: folder.path)
        }
    }

    @Test func textThatIsNotUTF8IsRefusedAtItsFirstBadByte() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("competition-\(UUID()).yaml")
        // "competition:\n  name: 区" with 区 in GBK.
        try Data(Array("competition:\n  name: ".utf8) + [0xC7, 0xF8, 0x0A]).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(
            throws: CompetitionFileError(
                file: file.path, line: 2, column: 9, path: "", value: "byte 0xC7",
                problem: "the file is not UTF-8 text; save it as UTF-8")
        ) {
            try CompetitionFile.load(path: file.path)
        }
    }

    @Test func aFileIsReadAndCheckedWithItsPathInTheMessage() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("competition-\(UUID()).yaml")
        try demo.replacingOccurrences(of: "weight: 70", with: "weight: 60").write(
            to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(
            throws: CompetitionFileError(
                file: file.path, line: 6, column: 1, path: "rounds", value: "weights 30 + 60",
                problem: "weights sum to 90, they must sum to exactly 100")
        ) {
            try CompetitionFile.load(path: file.path)
        }
    }
}
