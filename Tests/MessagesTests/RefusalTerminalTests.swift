import Foundation
import Messages
import Testing

/// How the command line prints a refusal: its place once, then its value, then the message.
struct RefusalTerminalTests {
    @Test func aRowOfAFilePrintsFileLineColumnValueAndProblem() {
        let refusal = Refusal(.unknownJudge, file: "data/scores.csv", line: 3, column: 2, value: "张三", ["known": "J1"])
        #expect(
            refusal.terminalText(in: .en) == #"data/scores.csv:3:2: "张三" — no judge has this id or name; judges are J1"#
        )
        #expect(refusal.terminalText(in: .zh) == #"data/scores.csv:3:2: "张三" — 没有这个编号或名称的裁判；现有裁判：J1"#)
        #expect(refusal.errorDescription == refusal.description)
    }

    @Test func escapesControlAndInvisibleCharactersOnly() {
        let refusal = Refusal(
            .textAfterQuote, file: "a.csv", line: 2, column: 1, value: "a\tb\r\n\u{FEFF}x\u{7}\u{200B}é\"\\")
        #expect(
            refusal.terminalText(in: .en)
                == #"a.csv:2:1: "a\tb\r\n\u{FEFF}x\u{7}\u{200B}é"\" — text after closing quote"#)
    }

    @Test func anOptionOrAFieldPrintsTheOptionAndTheMessageInTheLanguage() {
        let option = Refusal(.notANumber, at: .option("--score"), ["value": "八十"])
        #expect(option.terminalText(in: .en) == #"--score "八十": not a mark: expected a number like 86 or 86.50"#)
        let field = Refusal(.missingField, at: .field(.judge), ["value": ""])
        #expect(field.terminalText(in: .en) == #"--judge "": a judge is required"#)
        #expect(field.terminalText(in: .zh) == #"--judge "": 必须填写裁判"#)
    }

    @Test func aWholeFilePrintsItsPathAndTheSystemsReasonInTheLanguage() {
        let known = Refusal(.cannotWrite, at: .file("out/a.csv"), SystemReason.values(EACCES))
        #expect(known.terminalText(in: .en) == "out/a.csv: cannot write: permission denied")
        #expect(known.terminalText(in: .zh) == "out/a.csv: 无法写入：没有权限")
        // A reason without Chinese words stays the system's English rather than vanish.
        let rare = Refusal(.cannotWrite, at: .file("a.csv"), SystemReason.values(EMLINK))
        #expect(rare.terminalText(in: .zh) == "a.csv: 无法写入：too many links")
    }

    @Test func anOptionalPartIsSaidOnlyWithItsValues() {
        let bare = Refusal(.unknownCompetitor, at: .field(.number), ["value": "9"])
        #expect(bare.message(in: .en) == "no competitor has this number")
        let hinted = Refusal(.unknownCompetitor, at: .field(.number), ["value": "1", "suggestions": "001"])
        #expect(hinted.message(in: .en) == "no competitor has this number; did you mean 001?")
        #expect(hinted.message(in: .zh) == "没有这个参赛号的选手；是不是 001？")
    }

    @Test func wordsGivenInBothLanguagesAreSaidInTheMessagesLanguage() {
        let final = Refusal(
            .tradeFinal, ["trade": "nursery", "version": "2", "doing": "correcting a mark", "doing.zh": "更正分数"])
        #expect(
            final.message(in: .en).hasPrefix(
                "trade nursery is final (version 2 was published final): correcting a mark is refused"))
        #expect(final.message(in: .zh).hasPrefix("工种 nursery 的成绩已定稿（第 2 版已作为最终成绩发布）：不能更正分数；"))
        #expect(!final.message(in: .zh).contains("correcting"))
    }

    @Test func manyRefusalsAreCountedThenListed() {
        let rows = (2...4).map { Refusal(.negative, file: "m.csv", line: $0, column: 4, value: "-\($0)") }
        let all = Refusals(rows, total: 150)
        #expect(
            all.terminalText(in: .en).split(separator: "\n")
                == [
                    "m.csv: 150 rows refused, nothing was stored; fix them all and import the file again:",
                    #"m.csv:2:4: "-2" — a mark cannot be negative"#, #"m.csv:3:4: "-3" — a mark cannot be negative"#,
                    #"m.csv:4:4: "-4" — a mark cannot be negative"#, "… and 147 more",
                ])
        #expect(Refusals([rows[0]]).terminalText(in: .zh) == #"m.csv:2:4: "-2" — 分数不能为负"#)
    }
}
