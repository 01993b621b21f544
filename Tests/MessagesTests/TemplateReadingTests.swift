import Testing

@testable import Messages

/// Reading English back through a template: the values that fill it to give the text, so that
/// filling them in again gives the same text.
struct TemplateReadingTests {
    @Test(arguments: [
        ("Unknown option '--bogus'", ["option": "--bogus"]),
        ("Unknown option '--port'. Did you mean '--out'?", ["option": "--port", "suggestion": "--out"]),
        ("Unknown option 'it's'", ["option": "it's"]),
    ])
    func anOptionalPartIsReadWhenThere(text: String, values: [String: String]) throws {
        let read = try #require(RefusalCode.unknownOption.reading(english: text))
        #expect(read == values)
        #expect(Refusal(.unknownOption, read).message(in: .en) == text)
    }

    @Test func aTextOfAnotherShapeIsNotRead() {
        #expect(RefusalCode.unknownOption.reading(english: "Unknown option '--bogus'.") == nil)
        #expect(RefusalCode.missingArgument.reading(english: "Unknown option '--bogus'") == nil)
        #expect(Phrase.parserOptions.reading(english: "OPTIONS: x") == nil)
    }

    /// Regex characters in a template are literal, and a value may span lines.
    @Test func punctuationIsLiteralAndAValueMaySpanLines() throws {
        let text = "The value 'x' is invalid for '--a <b>'. Please provide one of the following:\n  - a\n  - b"
        let read = try #require(RefusalCode.invalidValue.reading(english: text))
        #expect(read["detail"] == ". Please provide one of the following:\n  - a\n  - b")
        #expect(RefusalCode.invalidValue.reading(english: "The value 'x' is invalid forX'--a'") == nil)
    }

    @Test func aSpaceMayBeALineBreakOnlyWhenAsked() {
        let wrapped = "(values: keys, zh;\n      default: zh)"
        #expect(Phrase.parserValuesDefault.reading(english: wrapped) == nil)
        #expect(
            Phrase.parserValuesDefault.reading(english: wrapped, spacesMayWrap: true)
                == ["values": "keys, zh", "default": "zh"])
    }
}
