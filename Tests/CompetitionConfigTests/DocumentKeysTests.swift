import ScoringCore
import Testing

@testable import CompetitionConfig

/// `organizer`, `contact` and `signatures` under `competition:`, for the printed documents.
struct DocumentKeysTests {
    static let name = "  name: Demo\n"

    @Test func theKeysAreReadAndTheDefaultSignaturesNameTheOrganizer() throws {
        let text = demo.replacingOccurrences(
            of: Self.name,
            with: Self.name + "  organizer: 顺义区总工会 & \"人社局\"\n  contact: 赛务组 王老师 010-12345678\n")
        let competition = try CompetitionFile.parse(text, file: "demo.yaml")
        #expect(competition.documents.organizer == "顺义区总工会 & \"人社局\"")
        #expect(competition.documents.contact == "赛务组 王老师 010-12345678")
        #expect(competition.documents.signatureLines == ["裁判长", "监督", "顺义区总工会 & \"人社局\"（盖章）"])
    }

    @Test func withoutTheKeysTheDocumentsUseTheDefaults() throws {
        let competition = try CompetitionFile.parse(demo, file: "demo.yaml")
        #expect(competition.documents == DocumentSettings())
        #expect(competition.documents.signatureLines == ["裁判长", "监督", "主办单位（盖章）"])
    }

    @Test func signatureLinesAreTheFilesInOrderAndMayBeNone() throws {
        let text = demo.replacingOccurrences(of: Self.name, with: Self.name + "  signatures: [裁判长, 仲裁委员会]\n")
        #expect(try CompetitionFile.parse(text, file: "demo.yaml").documents.signatureLines == ["裁判长", "仲裁委员会"])
        let none = demo.replacingOccurrences(of: Self.name, with: Self.name + "  signatures: []\n")
        #expect(try CompetitionFile.parse(none, file: "demo.yaml").documents.signatureLines == [])
    }

    @Test(arguments: [
        (
            "  organizer: \"  \"\n",
            #"demo.yaml:4:14: competition.organizer: "  " — the organizer is blank; write the text or leave the key out"#
        ),
        (
            "  contact: \"王老师\\n电话\"\n",
            // Every text of the file refuses control characters, a line break included.
            #"demo.yaml:4:12: competition.contact: 王老师\u{A}电话 — the field holds the control character U+000A, which is not allowed in any text; remove it (retype the text if it was pasted)"#
        ),
        (
            "  signatures: [裁判长, \"\"]\n",
            #"demo.yaml:4:21: competition.signatures[1]: "" — a signature line is blank; write the text or leave the key out"#
        ),
        (
            "  signatures: [裁判长, 裁判长]\n",
            #"demo.yaml:4:21: competition.signatures[1]: "裁判长" — this signature line is listed twice"#
        ),
        (
            "  signatures: [a, b, c, d, e, f, g]\n",
            "demo.yaml:4:15: competition.signatures: [a, b, c, d, e, f, g] — 7 signature lines; at most 6 fit at the foot of a page"
        ),
        (
            "  signatures: 裁判长\n",
            #"demo.yaml:4:15: competition.signatures: "裁判长" — expected a list of signature lines, e.g. [裁判长, 监督, 主办单位（盖章）]"#
        ),
    ])
    func aBadDocumentKeyIsRefusedAtItsPlace(line: String, message: String) {
        RefusedEdit(Self.name, Self.name + line, message).check()
    }
}
