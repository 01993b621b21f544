import Foundation
import Messages
import ResultSheets
import Testing

struct CSVSheetWriterTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func rendersRFC4180WithBOMAndCRLFAfterEveryRow() {
        let data = CSVSheetWriter.render(
            header: ["number", "name", "note"],
            rows: [["1", "张三", "a,b"], ["2", "Li \"Lee\"", "line1\nline2"], ["3", "", "x\r"]],
            bom: true)
        let expected =
            [0xEF, 0xBB, 0xBF]
            + bytes(
                "number,name,note\r\n1,张三,\"a,b\"\r\n2,\"Li \"\"Lee\"\"\",\"line1\nline2\"\r\n3,,\"x\r\"\r\n")
        #expect(Array(data) == expected)
    }

    @Test func withoutBOM() {
        let data = CSVSheetWriter.render(header: ["rank", "name"], rows: [["1", "王五"]], bom: false)
        #expect(Array(data) == bytes("rank,name\r\n1,王五\r\n"))
    }

    @Test func headerOnly() {
        #expect(Array(CSVSheetWriter.render(header: ["a", "b"], rows: [], bom: false)) == bytes("a,b\r\n"))
    }

    /// Per-Character checks (CSV.swift's `CSVWriter`) miss these: the combining mark joins
    /// the comma, quote or LF into one Character.
    @Test func separatorsFollowedByACombiningMark() {
        let data = CSVSheetWriter.render(
            header: ["a", "b", "c"], rows: [["x,\u{301}", "\"\u{301}", "\n\u{301}"]], bom: false)
        #expect(Array(data) == bytes("a,b,c\r\n\"x,\u{301}\",\"\"\"\u{301}\",\"\n\u{301}\"\r\n"))
    }

    @Test func aRowOfOneEmptyFieldIsQuoted() {
        let data = CSVSheetWriter.render(header: ["note"], rows: [[""], ["x"]], bom: false)
        #expect(Array(data) == bytes("note\r\n\"\"\r\nx\r\n"))
    }

    @Test func writesAndReadsBack() throws {
        let folder = try TemporaryCSV.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("results.csv")
        let header = ["rank", "name", "note"]
        let rows = [["1", "张三", "a,\"b\"\r\nc"], ["2", "", "é\u{301}"], ["3", "李四", ""]]
        try CSVSheetWriter.write(header: header, rows: rows, bom: true, to: url)
        #expect(try Data(contentsOf: url) == CSVSheetWriter.render(header: header, rows: rows, bom: true))

        let reader = try CSVTableReader(path: url.path, required: header)
        var read: [[String]] = []
        while let record = try reader.next() { read.append(record.fields) }
        #expect(read == rows)
    }

    @Test func replacesAnExistingFileAndLeavesNoTemporaryFile() throws {
        let folder = try TemporaryCSV.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("results.csv")
        try Data("old contents, longer than the new\n".utf8).write(to: url)
        try CSVSheetWriter.write(header: ["a"], rows: [["1"]], bom: false, to: url)
        #expect(Array(try Data(contentsOf: url)) == bytes("a\r\n1\r\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["results.csv"])
    }

    @Test func aMissingFolderIsAnError() throws {
        let folder = try TemporaryCSV.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("absent/results.csv")
        let refusal = #expect(throws: Refusal.self) {
            try CSVSheetWriter.write(header: ["a"], rows: [], bom: false, to: url)
        }
        #expect(refusal?.code == .cannotWrite)
        #expect(refusal?.terminalText(in: .en) == "\(url.path): cannot write: no such file or directory")
        #expect(refusal?.terminalText(in: .zh) == "\(url.path): 无法写入：文件或文件夹不存在")
    }

    @Test func aFolderInTheWayIsAnErrorAndLeavesNoTemporaryFile() throws {
        let folder = try TemporaryCSV.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("results.csv")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        #expect(throws: Refusal(.cannotWrite, at: .file(url.path), SystemReason.values(EISDIR))) {
            try CSVSheetWriter.write(header: ["a"], rows: [["1"]], bom: true, to: url)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["results.csv"])
    }
}
