import Testing

@testable import Messages

/// Every phrase the tools say has its text in both languages, naming the same values.
struct PhraseCatalogTests {
    @Test(arguments: Phrase.allCases)
    func everyPhraseHasTextInBothLanguagesNamingTheSameValues(phrase: Phrase) {
        let zh = phrase.template(in: .zh)
        let en = phrase.template(in: .en)
        #expect(!zh.isEmpty && !en.isEmpty)
        #expect(Phrase.placeholders(in: zh) == Phrase.placeholders(in: en))
        #expect(zh.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(phrase) zh is not Chinese")
        #expect(zh != en)
    }

    /// The texts are split over one table per concern: a phrase is in exactly one of them.
    @Test func everyPhraseHasItsTextInExactlyOneConcern() {
        for phrase in Phrase.allCases {
            #expect(Phrase.concerns.filter { $0[phrase] != nil }.count == 1, "\(phrase.rawValue)")
        }
    }

    @Test func valuesAreFilledInAndNeverTranslated() {
        let values = ["count": "12", "file": "marks.csv", "readAs": "", "replaced": ""]
        #expect(Phrase.addedMarks.text(in: .en, values) == "added 12 marks from marks.csv")
        #expect(Phrase.addedMarks.text(in: .zh, values) == "已从 marks.csv 添加 12 个分数")
        #expect(Phrase.statusRoundFlags.text(in: .en, ["count": "1"]) == ", 1 max_spread flag to confirm")
        #expect(Phrase.statusRoundFlags.text(in: .en, ["count": "2"]) == ", 2 max_spread flags to confirm")
    }
}
