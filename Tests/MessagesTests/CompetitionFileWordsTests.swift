import Messages
import Testing

/// The words a competition-file refusal names (what a key holds, what is missing, which printed
/// line) have both languages, the Chinese in Chinese, and no placeholder of their own.
struct CompetitionFileWordsTests {
    static let words: [(String, zh: String, en: String)] =
        ValueShape.allCases.map { ($0.rawValue, $0.text(in: .zh), $0.text(in: .en)) }
        + RequiredKey.allCases.map { ($0.rawValue, $0.text(in: .zh), $0.text(in: .en)) }
        + PrintedLine.allCases.map { ($0.rawValue, $0.text(in: .zh), $0.text(in: .en)) }

    @Test func everyWordHasBothLanguages() {
        for (name, zh, en) in Self.words {
            #expect(!zh.isEmpty && !en.isEmpty, "\(name)")
            #expect(
                zh.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(name) zh is not Chinese")
            #expect(zh != en, "\(name)")
        }
    }

    @Test func aMissingKeyAndAShapeAreWordedInEitherLanguage() {
        let missing = Refusal(
            .missingKey, at: .key(file: "c.yaml", line: 5, column: 5, path: "trades[0].name"),
            RequiredKey.tradeName.values.merging(["value": "(missing)", "value.zh": "（未填写）"]) { $1 })
        #expect(missing.terminalText(in: .en) == "c.yaml:5:5: trades[0].name: (missing) — a trade needs a name")
        #expect(missing.terminalText(in: .zh) == "c.yaml:5:5: trades[0].name: （未填写） — 缺少工种名称 name")
        let shape = Refusal(
            .expectedShape, at: .key(file: "c.yaml", line: 3, column: 9, path: "competition.name"),
            ValueShape.text.values("expected").merging(ValueShape.list.values("kind")) { $1 }
                .merging(["value": "[Demo]"]) { $1 })
        #expect(shape.terminalText(in: .en) == "c.yaml:3:9: competition.name: [Demo] — expected text, not a list")
        #expect(shape.terminalText(in: .zh) == "c.yaml:3:9: competition.name: [Demo] — 应为文字，而不是列表")
    }
}
