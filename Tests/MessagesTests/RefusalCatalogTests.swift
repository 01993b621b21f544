import Foundation
import ScoringCore
import Testing

@testable import Messages

/// Every refusal code has its text in both languages, with the same placeholders, and both
/// texts are pinned in `Fixtures/messages/refusals.txt` (set JUDGE_UPDATE_GOLDEN=1 to rewrite
/// it after a deliberate change, then review the diff).
struct RefusalCatalogTests {
    static let golden = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/messages/refusals.txt")

    @Test(arguments: RefusalCode.allCases)
    func everyCodeHasTextInBothLanguagesNamingTheSameValues(code: RefusalCode) {
        let zh = code.template(in: .zh)
        let en = code.template(in: .en)
        #expect(!zh.isEmpty && !en.isEmpty)
        // `{s}` is English grammar (`judge{s}`), which Chinese does without.
        #expect(RefusalCode.placeholders(in: zh) == RefusalCode.placeholders(in: en).subtracting(["s"]))
        #expect(zh.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(code) zh is not Chinese")
    }

    /// The texts are split over one table per concern: a code is in exactly one of them.
    @Test func everyCodeHasItsTextInExactlyOneConcern() {
        for code in RefusalCode.allCases {
            #expect(RefusalCode.concerns.filter { $0[code] != nil }.count == 1, "\(code.rawValue)")
        }
    }

    @Test func bothLanguagesOfEveryCodeArePinned() throws {
        let rendered = RefusalCode.allCases.map { code in
            let sample = Dictionary(
                uniqueKeysWithValues: RefusalCode.placeholders(in: code.template(in: .en)).map { ($0, "<\($0)>") })
            let refusal = Refusal(code, sample)
            return "\(code.rawValue)\n  zh: \(refusal.message(in: .zh))\n  en: \(refusal.message(in: .en))\n"
        }.joined()
        if ProcessInfo.processInfo.environment["JUDGE_UPDATE_GOLDEN"] == "1" {
            try rendered.write(to: Self.golden, atomically: true, encoding: .utf8)
        }
        let pinned = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(rendered == pinned)
    }

    @Test func codesAreStableSnakeCaseKeys() {
        for code in RefusalCode.allCases {
            #expect(code.rawValue.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "_" }, "\(code.rawValue)")
        }
        #expect(Set(RefusalCode.allCases.map(\.rawValue)).count == RefusalCode.allCases.count)
    }

    @Test(
        arguments: [
            (nil, [:], Language.zh),
            (nil, ["LANG": "zh_CN.UTF-8"], .zh),
            (nil, ["LANG": "en_US.UTF-8"], .en),
            (nil, ["LANG": "C"], .zh),
            (nil, ["LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"], .en),
            ("en", ["LANG": "zh_CN.UTF-8"], .en),
            ("zh", ["LANG": "en_US.UTF-8"], .zh),
        ] as [(String?, [String: String], Language)])
    func languageComesFromTheOptionThenTheLocaleElseChinese(
        option: String?, environment: [String: String], expected: Language
    ) {
        #expect(Language.choose(option: option, environment: environment) == expected)
    }

    @Test func aMarkRefusedByTheRulesIsWordedInBothLanguages() {
        let refusal = Refusal(MarkError.aboveMaximum(Points(hundredths: 10000)))
        #expect(refusal.code == .aboveMaximum)
        #expect(refusal.message(in: .zh) == "超过满分 100.00")
        #expect(refusal.message(in: .en) == "above the maximum of 100.00")
    }
}
