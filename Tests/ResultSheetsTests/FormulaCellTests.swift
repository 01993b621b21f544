import Foundation
import ResultSheets
import Testing

/// Issue 14: a cell a spreadsheet would run as a formula is written as text.
struct FormulaCellTests {
    @Test(arguments: [
        ("=1+1", "'=1+1"), ("+86 123", "'+86 123"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("=A1,B1", "\"'=A1,B1\""),
    ])
    func aFormulaLikeCellGetsALeadingApostrophe(cell: String, written: String) {
        let data = CSVSheetWriter.render(header: ["a", "b"], rows: [["1", cell]], bom: false)
        #expect(String(decoding: data, as: UTF8.self) == "a,b\r\n1,\(written)\r\n")
    }

    @Test(arguments: ["85.50", "张三", "", "a=b", "1-2", "—", "'quoted"])
    func otherCellsAreWrittenAsBefore(cell: String) {
        let data = CSVSheetWriter.render(header: ["a", "b"], rows: [["1", cell]], bom: false)
        #expect(String(decoding: data, as: UTF8.self) == "a,b\r\n1,\(cell)\r\n")
    }
}
