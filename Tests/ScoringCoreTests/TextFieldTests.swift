import ScoringCore
import Testing

/// Issue 14: what any text given to the program may hold.
struct TextFieldTests {
    @Test(arguments: [
        "张三", "Zhang, Wei", "甲公司（分公司）", "", String(repeating: "长", count: 200), "a\u{200B}b", "６９．５",
    ])
    func ordinaryTextPasses(text: String) {
        #expect(TextField.problem(text) == nil)
    }

    @Test(arguments: [
        (
            "a\u{0}b",
            "holds a NUL character (U+0000), which is not allowed in any text; remove it (retype the text if it was pasted)"
        ),
        (
            "a\u{1B}b",
            "holds the control character U+001B, which is not allowed in any text; remove it (retype the text if it was pasted)"
        ),
        (
            "a\u{85}b",
            "holds the control character U+0085, which is not allowed in any text; remove it (retype the text if it was pasted)"
        ),
        (
            "a\u{202E}b",
            "holds the bidirectional control U+202E, which is not allowed in any text; remove it (retype the text if it was pasted)"
        ),
        (
            "a\u{2028}b",
            "holds the line or paragraph separator U+2028, which is not allowed in any text; remove it (retype the text if it was pasted)"
        ),
        (
            "a\u{FFFF}b",
            "holds the noncharacter U+FFFF, which is not allowed in any text; remove it (retype the text if it was pasted)"
        ),
        (
            "a\u{2066}b",
            "holds the bidirectional control U+2066, which is not allowed in any text; remove it (retype the text if it was pasted)"
        ),
        (
            "a\u{061C}b",
            "holds the bidirectional control U+061C, which is not allowed in any text; remove it (retype the text if it was pasted)"
        ),
        (String(repeating: "长", count: 201), "is 201 characters long; text is at most 200 characters"),
    ])
    func refusedTextIsNamed(text: String, problem: String) {
        #expect(TextField.problem(text) == problem)
    }

    @Test func visibleEscapesOnlyForbiddenCharacters() {
        #expect(TextField.visible("王\u{1B}芳\u{202E}") == "王\\u{1B}芳\\u{202E}")
        #expect(TextField.shown(String(repeating: "x", count: 61)) == String(repeating: "x", count: 60) + "…")
    }
}
