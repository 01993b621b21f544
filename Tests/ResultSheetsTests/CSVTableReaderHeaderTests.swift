import Foundation
import Messages
import ResultSheets
import Testing

struct CSVTableReaderHeaderTests {
    let required = ["number", "name", "unit"]
    let optional = ["trade", "note"]

    @Test func columnsInAnyOrderWithSpacesAroundNames() throws {
        try TemporaryCSV.with("  trade , number,\tname ,unit\n木工,7,李明,一队\n") { path in
            let reader = try CSVTableReader(path: path, required: required, optional: optional)
            #expect(reader.path == path)
            #expect(reader.index(of: "trade") == 0)
            #expect(reader.index(of: "number") == 1)
            #expect(reader.index(of: "name") == 2)
            #expect(reader.index(of: "unit") == 3)
            #expect(reader.index(of: "note") == nil)
            let record = try #require(try reader.next())
            #expect(record.fields == ["木工", "7", "李明", "一队"])
            #expect(try reader.next() == nil)
        }
    }

    /// Columns found once from the header read each record's field by the file's order,
    /// whatever it is; an optional column the file lacks reads as "".
    @Test func columnsReadFieldsInTheFilesOrder() throws {
        try TemporaryCSV.with("unit,trade,name,number\n一队,木工,李明,7\n二队,,张三,8\n") { path in
            let reader = try CSVTableReader(path: path, required: required, optional: optional)
            let (number, name, unit) = (reader.column("number"), reader.column("name"), reader.column("unit"))
            let (trade, note) = (reader.column("trade"), reader.column("note"))
            #expect([number.index, name.index, unit.index, trade.index] == [3, 2, 0, 1])
            #expect(note.index == nil)
            let first = try #require(try reader.next())
            #expect(
                [first[number], first[name], first[unit], first[trade], first[note]] == ["7", "李明", "一队", "木工", ""])
            let second = try #require(try reader.next())
            #expect(
                [second[number], second[name], second[unit], second[trade], second[note]] == ["8", "张三", "二队", "", ""])
        }
    }

    @Test func missingRequiredColumn() throws {
        try TemporaryCSV.with("number,name,trade\n1,A,T\n") { path in
            expectRefusal(
                FileRefusal(
                    file: path, line: 1, column: 0, value: "unit",
                    problem: "missing column; expected number,name,unit (optional: trade,note)")
            ) { try CSVTableReader(path: path, required: required, optional: optional) }
        }
    }

    @Test func unknownColumn() throws {
        try TemporaryCSV.with("number,name,colour,unit\n") { path in
            expectRefusal(
                FileRefusal(
                    file: path, line: 1, column: 3, value: "colour",
                    problem: "unknown column; expected number,name,unit")
            ) { try CSVTableReader(path: path, required: required) }
        }
    }

    @Test func namesMatchExactlyAfterTrimming() throws {
        try TemporaryCSV.with("Number,name,unit\n") { path in
            expectRefusal(
                FileRefusal(
                    file: path, line: 1, column: 1, value: "Number",
                    problem: "unknown column; expected number,name,unit")
            ) { try CSVTableReader(path: path, required: required) }
        }
    }

    @Test func repeatedColumn() throws {
        try TemporaryCSV.with("number,name, number ,unit\n") { path in
            expectRefusal(
                FileRefusal(
                    file: path, line: 1, column: 3, value: "number", problem: "repeated column; first at column 1")
            ) { try CSVTableReader(path: path, required: required) }
        }
    }

    @Test func emptyColumnName() throws {
        try TemporaryCSV.with("number,,name,unit\n") { path in
            expectRefusal(
                FileRefusal(
                    file: path, line: 1, column: 2, value: "", problem: "empty column name; expected number,name,unit")
            ) { try CSVTableReader(path: path, required: required) }
        }
    }

    /// Excel saves the formatted but empty columns after a table: `number,name,unit,,`.
    @Test func emptyColumnsAfterTheTableAreReadPast() throws {
        try TemporaryCSV.with("number,name,unit,,\n1,A,U,,\n2,B,V\n3,C,W,,x\n4,D,X,,,\n") { path in
            let reader = try CSVTableReader(path: path, required: required)
            #expect(try reader.next()?.fields.prefix(3) == ["1", "A", "U"])
            #expect(try reader.next()?.fields == ["2", "B", "V"])
            expectRefusal(
                FileRefusal(
                    file: path, line: 4, column: 5, value: "x",
                    problem: "a value in a column without a name in the header; name the column or delete what is in it"
                )
            ) { try reader.next() }
            expectRefusal(
                FileRefusal(
                    file: path, line: 5, column: 4, value: "",
                    problem: "expected 3 fields (number,name,unit), found 6")
            ) { try reader.next() }
        }
    }

    @Test func byteOrderMarkAtTheStartIsAccepted() throws {
        try TemporaryCSV.with([0xEF, 0xBB, 0xBF] + Array("number,name,unit\r\n1,A,U\r\n".utf8)) { path in
            let reader = try CSVTableReader(path: path, required: required)
            #expect(reader.index(of: "number") == 0)
            let record = try #require(try reader.next())
            #expect(record.line == 2)
            #expect(record.fields == ["1", "A", "U"])
        }
    }

    @Test func aSecondByteOrderMarkIsText() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        try TemporaryCSV.with(bom + bom + Array("number,name,unit\n".utf8)) { path in
            let error = try #require(throws: Refusal.self) {
                try CSVTableReader(path: path, required: required)
            }
            #expect(error.column == 1)
            #expect(error.value == "\u{FEFF}number")
            #expect(
                error.terminalText(in: .en).hasSuffix(
                    #":1:1: "\u{FEFF}number" — unknown column; expected number,name,unit"#))
        }
    }

    @Test(
        arguments: [
            [],
            [0xEF, 0xBB, 0xBF],
            Array("\n\r\n\r".utf8),
            [0xEF, 0xBB, 0xBF] + Array("\r\n\r\n".utf8),
        ] as [[UInt8]])
    func emptyFile(bytes: [UInt8]) throws {
        try TemporaryCSV.with(bytes) { path in
            expectRefusal(
                FileRefusal(
                    file: path, line: 1, column: 0, value: "",
                    problem: "the file is empty: expected a header row number,name,unit (optional: trade,note)")
            ) { try CSVTableReader(path: path, required: required, optional: optional) }
        }
    }

    @Test func blankLinesBeforeTheHeaderAreSkippedAndCounted() throws {
        try TemporaryCSV.with("\n\r\nnumber,name,unit,unit\n") { path in
            expectRefusal(
                FileRefusal(
                    file: path, line: 3, column: 4, value: "unit", problem: "repeated column; first at column 3")
            ) { try CSVTableReader(path: path, required: required) }
        }
    }

    @Test func headerOnlyHasNoRecords() throws {
        try TemporaryCSV.with("number,name,unit") { path in
            let reader = try CSVTableReader(path: path, required: required)
            #expect(try reader.next() == nil)
            #expect(try reader.next() == nil)
        }
    }

    @Test func missingFile() throws {
        let folder = try TemporaryCSV.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("absent.csv").path
        expectRefusal(
            FileRefusal(file: path, line: 0, column: 0, value: path, problem: "no such file or directory")
        ) { try CSVTableReader(path: path, required: required) }
    }

    @Test func folderInsteadOfFile() throws {
        let folder = try TemporaryCSV.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        expectRefusal(
            FileRefusal(file: folder.path, line: 0, column: 0, value: folder.path, problem: "is a directory")
        ) { try CSVTableReader(path: folder.path, required: required) }
    }
}
