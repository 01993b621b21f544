import Foundation
import Messages
import ResultSheets
import Testing

struct CSVTableReaderRecordTests {
    let columns = ["number", "name", "unit", "trade"]

    private func records(_ reader: CSVTableReader) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEnds(end: String) throws {
        let text = ["number,name,unit,trade", "1,A,U,T", "2,B,V,W"].joined(separator: end) + end
        try TemporaryCSV.with(text) { path in
            let reader = try CSVTableReader(path: path, required: columns)
            #expect(
                try records(reader) == [
                    CSVRecord(line: 2, fields: ["1", "A", "U", "T"]),
                    CSVRecord(line: 3, fields: ["2", "B", "V", "W"]),
                ])
        }
    }

    @Test func quotedFieldsAndTheLinesAfterThem() throws {
        let text =
            "number,name,unit,trade\r\n"  // 1
            + "1,\"Li, Wei\",\"Unit \"\"A\"\"\",x\r\n"  // 2
            + "2,\"multi\r\nline\nname\",U,T\r\n"  // 3-5: a CRLF and an LF inside
            + "3,B,U,T\r\n"  // 6
            + "\r\n"  // 7: blank
            + "4,\"a\rb\",\"\",T\n"  // 8-9: a lone CR inside
            + "5,\"张三\",\"一队\",木工"  // 10: no line end
        try TemporaryCSV.with(text) { path in
            let reader = try CSVTableReader(path: path, required: columns)
            #expect(
                try records(reader) == [
                    CSVRecord(line: 2, fields: ["1", "Li, Wei", "Unit \"A\"", "x"]),
                    CSVRecord(line: 3, fields: ["2", "multi\r\nline\nname", "U", "T"]),
                    CSVRecord(line: 6, fields: ["3", "B", "U", "T"]),
                    CSVRecord(line: 8, fields: ["4", "a\rb", "", "T"]),
                    CSVRecord(line: 10, fields: ["5", "张三", "一队", "木工"]),
                ])
        }
    }

    /// A field whose bytes repeat the same column of the record before keeps that value;
    /// every change is still read, and records already returned keep their fields.
    @Test func repeatedAndChangedFields() throws {
        let text =
            "number,name,unit,trade\n"  // 1
            + "1,name,U,T\n"  // 2: a value equal to the header's name
            + "1,name,U,T\n"  // 3: all repeated
            + "1,names,U,T\n"  // 4: longer
            + "1,A,U,T\n"  // 5: shorter
            + "1,B,U,T\n"  // 6: same length, another byte
            + "1,B,,T\n"  // 7: emptied
            + "1,B,U,\n"  // 8
            + "2,张,U,T\r\n"  // 9
            + "2,弓,U,T\r\n"  // 10: same length, other bytes of a multi-byte character
            + "2,\"弓,张\",\"U\",T\n"  // 11: quoted
            + "2,弓,U,T\n"  // 12: after a quoted record
            + "\n"  // 13: blank
            + "2,弓,U,T\n"  // 14: after a blank line
            + "2,a-name-of-19-bytes.,U,T\n"  // 15: longer than a small string
            + "2,a-name-of-19-bytes!,U,T\n"  // 16: the last byte differs
            + "2,一个超过十五字节的名字,U,T\n"  // 17
            + "2,一个超过十五字节的名宇,U,T\n"  // 18: the last character differs
            + "2,弓,U,T,x\n"  // 19: one field too many
        try TemporaryCSV.with(text) { path in
            let reader = try CSVTableReader(path: path, required: columns)
            let first = try #require(try reader.next())
            var records = [first]
            while records.count < 16 { records.append(try #require(try reader.next())) }
            #expect(first == CSVRecord(line: 2, fields: ["1", "name", "U", "T"]))
            #expect(
                records == [
                    CSVRecord(line: 2, fields: ["1", "name", "U", "T"]),
                    CSVRecord(line: 3, fields: ["1", "name", "U", "T"]),
                    CSVRecord(line: 4, fields: ["1", "names", "U", "T"]),
                    CSVRecord(line: 5, fields: ["1", "A", "U", "T"]),
                    CSVRecord(line: 6, fields: ["1", "B", "U", "T"]),
                    CSVRecord(line: 7, fields: ["1", "B", "", "T"]),
                    CSVRecord(line: 8, fields: ["1", "B", "U", ""]),
                    CSVRecord(line: 9, fields: ["2", "张", "U", "T"]),
                    CSVRecord(line: 10, fields: ["2", "弓", "U", "T"]),
                    CSVRecord(line: 11, fields: ["2", "弓,张", "U", "T"]),
                    CSVRecord(line: 12, fields: ["2", "弓", "U", "T"]),
                    CSVRecord(line: 14, fields: ["2", "弓", "U", "T"]),
                    CSVRecord(line: 15, fields: ["2", "a-name-of-19-bytes.", "U", "T"]),
                    CSVRecord(line: 16, fields: ["2", "a-name-of-19-bytes!", "U", "T"]),
                    CSVRecord(line: 17, fields: ["2", "一个超过十五字节的名字", "U", "T"]),
                    CSVRecord(line: 18, fields: ["2", "一个超过十五字节的名宇", "U", "T"]),
                ])
            expectRefusal(
                FileRefusal(
                    file: path, line: 19, column: 5, value: "x",
                    problem: "expected 4 fields (number,name,unit,trade), found 5")
            ) { try reader.next() }
        }
    }

    /// Each record read and let go before the next, as an import does.
    @Test func recordsReadOneAtATime() throws {
        let rows = (1...3_000).map { "\($0 / 3),theory,T\($0 % 2),\($0 % 7 == 0 ? "" : "8\($0 % 10)")" }
        try TemporaryCSV.with("number,round,judge,score\n" + rows.joined(separator: "\n")) { path in
            let reader = try CSVTableReader(path: path, required: ["number", "round", "judge", "score"])
            var read: [String] = []
            while let record = try reader.next() { read.append(record.fields.joined(separator: ",")) }
            #expect(read.count == rows.count)
            #expect(zip(read, rows).first { $0 != $1 } == nil)
        }
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        try TemporaryCSV.with("number,name,unit,trade\n\n\n1,A,U,T\r\n\r\n\r\r2,B,U,T\n\n\n") { path in
            let reader = try CSVTableReader(path: path, required: columns)
            #expect(try records(reader).map(\.line) == [4, 8])
        }
    }

    @Test func aQuotedEmptyFieldIsNotABlankLine() throws {
        try TemporaryCSV.with("note\n\"\"\n\nx\n") { path in
            let reader = try CSVTableReader(path: path, required: ["note"])
            #expect(try records(reader) == [CSVRecord(line: 2, fields: [""]), CSVRecord(line: 4, fields: ["x"])])
        }
    }

    @Test func tooManyFields() throws {
        try TemporaryCSV.with("number, name ,unit,trade\n1,A,U,T\n2,\"B\nB\",U,T,extra,more\n") { path in
            let reader = try CSVTableReader(path: path, required: columns)
            #expect(try reader.next()?.line == 2)
            expectRefusal(
                FileRefusal(
                    file: path, line: 3, column: 5, value: "extra",
                    problem: "expected 4 fields (number,name,unit,trade), found 6")
            ) { try reader.next() }
        }
    }

    @Test func tooFewFields() throws {
        try TemporaryCSV.with("number,name,unit,trade\n\n1,A\n") { path in
            let reader = try CSVTableReader(path: path, required: columns)
            expectRefusal(
                FileRefusal(
                    file: path, line: 3, column: 3, value: "",
                    problem: "expected 4 fields (number,name,unit,trade), found 2")
            ) { try reader.next() }
        }
    }

    @Test func oneColumnCountsInTheSingular() throws {
        try TemporaryCSV.with("number\n1,2\n") { path in
            let reader = try CSVTableReader(path: path, required: ["number"])
            expectRefusal(
                FileRefusal(
                    file: path, line: 2, column: 2, value: "2", problem: "expected 1 field (number), found 2")
            ) { try reader.next() }
        }
    }

    /// Where the first 256 KiB scan chunk ends: the CR after "118721,A,U,T" lies at file
    /// offset 262 124 + padding, so the chunk ends after its first byte (17), right after its LF (18),
    /// between its CR and LF (19), or before its CR (20, 21).
    @Test(arguments: [17, 18, 19, 20, 21])
    func aChunkEndingAtALineBreak(padding: Int) throws {
        // 24 bytes of header, 8 + padding of the first row, then 14 bytes a row.
        let first = "0,\(String(repeating: "x", count: padding)),U,T"
        let rows = (1...20_000).map { "\(100_000 + $0),A,U,T" }
        try TemporaryCSV.with(([columns.joined(separator: ","), first] + rows).joined(separator: "\r\n")) { path in
            let reader = try CSVTableReader(path: path, required: columns)
            var read: [String] = []
            while let record = try reader.next() {
                #expect(record.line == read.count + 2)
                read.append(record.fields.joined(separator: ","))
            }
            #expect(read.count == rows.count + 1)
            #expect(zip(read, [first] + rows).first { $0 != $1 } == nil)
        }
    }

    /// One field longer than a scan chunk (256 KiB), with 1,000 line breaks inside.
    @Test func aRecordLongerThanAChunk() throws {
        let long = Array(repeating: String(repeating: "长", count: 300), count: 1_000).joined(separator: "\r\n")
        let text = "number,name,unit,trade\n1,\"\(long)\",U,T\n2,B,U,T\n"
        try TemporaryCSV.with(text) { path in
            let reader = try CSVTableReader(path: path, required: columns)
            #expect(
                try records(reader) == [
                    CSVRecord(line: 2, fields: ["1", long, "U", "T"]),
                    CSVRecord(line: 1_002, fields: ["2", "B", "U", "T"]),
                ])
        }
    }

    /// Many records across the 256 KiB scan chunks, with multi-byte characters and quoted
    /// line breaks wherever the chunk ends happen to fall.
    @Test func longFileKeepsEveryLineNumber() throws {
        var text = "number,name,unit,trade\r\n"
        var expected: [CSVRecord] = []
        var line = 2
        for number in 1...40_000 {
            if number % 7 == 0 {
                text += "\(number),\"张\r\n三\",\"一,队\",\"木\"\"工\"\r\n"
                expected.append(CSVRecord(line: line, fields: ["\(number)", "张\r\n三", "一,队", "木\"工"]))
                line += 2
            } else {
                text += "\(number),李明\(number % 10),二队,瓦工\r\n"
                expected.append(CSVRecord(line: line, fields: ["\(number)", "李明\(number % 10)", "二队", "瓦工"]))
                line += 1
            }
            if number % 1_000 == 0 {
                text += "\r\n"
                line += 1
            }
        }
        #expect(text.utf8.count > 4 * 262_144)
        try TemporaryCSV.with(text) { path in
            let reader = try CSVTableReader(path: path, required: columns)
            let read = try records(reader)
            #expect(read.count == expected.count)
            #expect(read == expected)
        }
    }
}
