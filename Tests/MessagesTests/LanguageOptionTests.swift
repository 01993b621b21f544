import Messages
import Testing

/// `--lang` anywhere on a command line, taken out before the rest is parsed.
struct LanguageOptionTests {
    @Test(
        arguments: [
            (["--lang", "en", "status"], Language.en, ["status"]),
            (["status", "--lang=zh"], .zh, ["status"]),
            (["score", "import", "--lang", "EN", "m.csv"], .en, ["score", "import", "m.csv"]),
            (["--lang", "zh", "rank", "--lang", "en"], .en, ["rank"]),
            (["rank", "--db", "x.sqlite"], nil, ["rank", "--db", "x.sqlite"]),
            // After `--`, everything is an argument, even `--lang`.
            (["score", "enter", "--", "--lang", "fr"], nil, ["score", "enter", "--", "--lang", "fr"]),
        ] as [([String], Language?, [String])])
    func theOptionIsTakenOutWherever(arguments: [String], language: Language?, rest: [String]) throws {
        let chosen = try LanguageOption.extract(from: arguments)
        #expect(chosen.language == language)
        #expect(chosen.rest == rest)
    }

    @Test(arguments: [["--lang", "fr", "status"], ["status", "--lang="], ["status", "--lang"]])
    func anUnknownLanguageIsRefusedNamingTheOption(arguments: [String]) {
        #expect {
            try LanguageOption.extract(from: arguments)
        } throws: { error in
            guard let refusal = error as? Refusal else { return false }
            return refusal.code == .unknownLanguage && refusal.place == .option("--lang")
        }
    }

    @Test func theRefusalNamesTheValueInEitherLanguage() {
        let refusal = Refusal(.unknownLanguage, at: .option("--lang"), ["value": "fr"])
        #expect(refusal.terminalText(in: .en) == #"--lang "fr": not a language judge speaks: use zh or en"#)
        #expect(refusal.terminalText(in: .zh) == #"--lang "fr": 不是可选的语言：请用 zh（中文）或 en（英文）"#)
    }
}
