import Foundation
import ResultSheets
import Testing

struct CSVInputErrorTests {
    @Test func printsFileLineColumnValueAndProblem() {
        let error = CSVInputError(file: "data/scores.csv", line: 3, column: 2, value: "张三", problem: "unknown judge")
        #expect(error.description == "data/scores.csv:3:2: \"张三\" — unknown judge")
    }

    @Test func localizedDescriptionIsTheDescription() {
        let error = CSVInputError(
            file: "a.csv", line: 0, column: 0, value: "a.csv", problem: "no such file or directory")
        #expect(error.localizedDescription == "a.csv:0:0: \"a.csv\" — no such file or directory")
        #expect(error.errorDescription == error.description)
    }

    @Test func escapesControlAndInvisibleCharactersOnly() {
        let error = CSVInputError(
            file: "a.csv", line: 2, column: 1, value: "a\tb\r\n\u{FEFF}x\u{7}\u{200B}é\"\\", problem: "p")
        #expect(error.description == #"a.csv:2:1: "a\tb\r\n\u{FEFF}x\u{7}\u{200B}é"\" — p"#)
    }

    @Test func equalityComparesEveryPart() {
        let error = CSVInputError(file: "a.csv", line: 2, column: 1, value: "v", problem: "p")
        #expect(error == CSVInputError(file: "a.csv", line: 2, column: 1, value: "v", problem: "p"))
        #expect(error != CSVInputError(file: "a.csv", line: 2, column: 2, value: "v", problem: "p"))
    }
}
