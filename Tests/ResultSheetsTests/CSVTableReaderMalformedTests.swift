import Foundation
import Messages
import ResultSheets
import Testing

struct CSVTableReaderMalformedTests {
    let columns = ["number", "name"]

    /// Reads every record, returning the error that ends the reading (nil if none).
    private func firstError(_ bytes: [UInt8]) throws -> (path: String, lines: [Int], error: Refusal?) {
        try TemporaryCSV.with(bytes) { path in
            var lines: [Int] = []
            do {
                let reader = try CSVTableReader(path: path, required: columns)
                while let record = try reader.next() { lines.append(record.line) }
                return (path, lines, nil)
            } catch let error as Refusal {
                return (path, lines, error)
            }
        }
    }

    private func firstError(_ text: String) throws -> (path: String, lines: [Int], error: Refusal?) {
        try firstError(Array(text.utf8))
    }

    @Test func unterminatedQuoteNamesWhereTheFieldStarts() throws {
        let result = try firstError("number,name\n1,A\n2,\"B\nmore\n3,C\n")
        #expect(result.lines == [2])
        #expect(
            result.error.map(FileRefusal.init)
                == FileRefusal(
                    file: result.path, line: 3, column: 2, value: "\"B", problem: "unterminated quoted field"))
    }

    @Test func unterminatedQuoteAfterAMultilineField() throws {
        let result = try firstError("number,name\r\n\"1\r\n1\",\"A\r\n")
        #expect(result.lines == [])
        #expect(
            result.error.map(FileRefusal.init)
                == FileRefusal(
                    file: result.path, line: 3, column: 2, value: "\"A", problem: "unterminated quoted field"))
    }

    @Test func unterminatedQuoteValueIsCutShort() throws {
        let long = String(repeating: "长", count: 40)
        let result = try firstError("number,name\n1,\"\(long)")
        let error = try #require(result.error)
        #expect(error.problem == "unterminated quoted field")
        #expect(error.value == "\"" + String(repeating: "长", count: 19) + "…")
    }

    @Test(arguments: [
        ("1,\"ab\"c,x\n", "\"ab\"c"),
        ("1,\"ab\" \n", "\"ab\" "),
        ("1,\"ab\"\"\"张三\n", "\"ab\"\"\"张三"),
    ])
    func textAfterClosingQuote(record: String, value: String) throws {
        let result = try firstError("number,name\n0,ok\n" + record)
        #expect(result.lines == [2])
        #expect(
            result.error.map(FileRefusal.init)
                == FileRefusal(
                    file: result.path, line: 3, column: 2, value: value, problem: "text after closing quote"))
    }

    @Test func aQuoteInsideAnUnquotedFieldIsText() throws {
        try TemporaryCSV.with("number,name\n1,12\" pizza\n") { path in
            let reader = try CSVTableReader(path: path, required: columns)
            #expect(try reader.next()?.fields == ["1", "12\" pizza"])
        }
    }

    @Test(
        arguments: [
            (Array("2,B".utf8) + [0xFF] + Array("\n".utf8), 3, 2, "\\xFF"),  // never valid
            (Array("2,M".utf8) + [0xFC] + Array("ller\n".utf8), 3, 2, "\\xFC"),  // Latin-1 ü
            (Array("2,".utf8) + [0xE4, 0xB8] + Array(",x\n".utf8), 3, 2, "\\xE4\\xB8"),  // cut short
            (Array("2,".utf8) + [0xE4, 0xB8], 3, 2, "\\xE4\\xB8"),  // cut short by the end of file
            ([0xC0, 0xAF] + Array(",B\n".utf8), 3, 1, "\\xC0"),  // overlong
            (Array("2,".utf8) + [0xED, 0xA0, 0x80] + Array("\n".utf8), 3, 2, "\\xED"),  // surrogate
            (Array("2,".utf8) + [0xF4, 0x90, 0x80, 0x80], 3, 2, "\\xF4"),  // above U+10FFFF
            (Array("2,\"B\r\n".utf8) + [0xBF] + Array("\"\n".utf8), 4, 2, "\\xBF"),  // in a quoted field, next line
        ] as [([UInt8], Int, Int, String)])
    func invalidUTF8(record: [UInt8], line: Int, column: Int, value: String) throws {
        let result = try firstError(Array("number,name\n1,张三\n".utf8) + record)
        #expect(result.lines == [2])
        let error = try #require(result.error)
        #expect(
            FileRefusal(error)
                == FileRefusal(file: result.path, line: line, column: column, value: value, problem: "invalid UTF-8"))
        #expect(error.terminalText(in: .en) == "\(result.path):\(line):\(column): \"\(value)\" — invalid UTF-8")
    }

    @Test func invalidUTF8AtTheStartOfALineAfterALoneCR() throws {
        let result = try firstError(Array("number,name\r1,A\r".utf8) + [0x80, 0x0D])
        #expect(result.lines == [2])
        #expect(
            result.error.map(FileRefusal.init)
                == FileRefusal(file: result.path, line: 3, column: 1, value: "\\x80", problem: "invalid UTF-8"))
    }

    @Test func invalidUTF8InTheHeader() throws {
        let result = try firstError(Array("number,na".utf8) + [0xE9] + Array("me\n".utf8))
        #expect(
            result.error.map(FileRefusal.init)
                == FileRefusal(file: result.path, line: 1, column: 2, value: "\\xE9", problem: "invalid UTF-8"))
    }

    @Test func aUTF16FileIsRefused() throws {
        let utf16: [UInt8] = [0xFF, 0xFE] + "number,name\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let result = try firstError(utf16)
        #expect(
            result.error.map(FileRefusal.init)
                == FileRefusal(file: result.path, line: 1, column: 1, value: "\\xFF", problem: "invalid UTF-8"))
    }
}
