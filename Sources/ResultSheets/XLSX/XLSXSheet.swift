/// One worksheet's XML: the title block in merged rows above a bold, frozen header row, the
/// table, signature and footer lines; A4 fit to width, the header row printed on every page.
struct XLSXSheet {
    let name: String
    let document: PrintDocument
    let table: PrintTable

    /// The header row's number (1-based), for the frozen pane and `_xlnm.Print_Titles`.
    var headerRow: Int { titleLines.count + 1 }

    private var titleLines: [String] {
        let heading = document.heading
        return [heading.competition, heading.subtitle]
            + (heading.organizer.isEmpty ? [] : ["主办单位：\(heading.organizer)"])
            + heading.lines
    }

    func xml() -> String {
        let width = max(table.columns.count, 1)
        let lastColumn = Self.column(width - 1)
        var rows: [String] = []
        var merges: [String] = []
        func line(_ text: String, style: XLSXStyle) {
            let number = rows.count + 1
            rows.append(
                "<row r=\"\(number)\"\(style == .title ? " ht=\"22\" customHeight=\"1\"" : "")>\(Self.text(text, at: "A\(number)", style: style))</row>"
            )
            if width > 1 { merges.append("A\(number):\(lastColumn)\(number)") }
        }
        for (index, text) in titleLines.enumerated() { line(text, style: index < 2 ? .title : .line) }
        let header = table.columns.enumerated().map { index, column in
            Self.text(column.title, at: "\(Self.column(index))\(headerRow)", style: .header)
        }
        rows.append("<row r=\"\(headerRow)\">\(header.joined())</row>")
        for row in table.rows {
            switch row {
            case .group(let title):
                let number = rows.count + 1
                rows.append("<row r=\"\(number)\">\(Self.text(title, at: "A\(number)", style: .group))</row>")
                if width > 1 { merges.append("A\(number):\(lastColumn)\(number)") }
            case .cells(let cells):
                let number = rows.count + 1
                let xml = cells.enumerated().map { index, cell in
                    let centered = index < table.columns.count && table.columns[index].centered
                    return Self.cell(cell, at: "\(Self.column(index))\(number)", centered: centered)
                }
                rows.append("<row r=\"\(number)\">\(xml.joined())</row>")
            }
        }
        if !document.signatures.isEmpty {
            rows.append("<row r=\"\(rows.count + 1)\"/>")
            line(document.signatures.map { "\($0)：＿＿＿＿＿＿＿＿" }.joined(separator: "　　"), style: .line)
        }
        for text in document.heading.footer { line(text, style: .line) }
        let widths = XLSXColumnWidth.widths(table).enumerated().map { index, width in
            "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        let mergeXML =
            merges.isEmpty
            ? ""
            : "<mergeCells count=\"\(merges.count)\">\(merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined())</mergeCells>"
        let footer = document.heading.footer.first.map { "&amp;L&amp;7" + XMLText.headerFooter($0) } ?? ""
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>\
            <dimension ref="A1:\(lastColumn)\(rows.count)"/>\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="\(headerRow)" topLeftCell="A\(headerRow + 1)" \
            activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>\
            <sheetFormatPr defaultRowHeight="16"/>\
            <cols>\(widths.joined())</cols>\
            <sheetData>\(rows.joined())</sheetData>\
            \(mergeXML)\
            <printOptions horizontalCentered="1"/>\
            <pageMargins left="0.4" right="0.4" top="0.7" bottom="0.7" header="0.3" footer="0.3"/>\
            <pageSetup paperSize="9" orientation="\(document.orientation.rawValue)" fitToWidth="1" fitToHeight="0"/>\
            <headerFooter><oddHeader>&amp;C\(XMLText.headerFooter(document.heading.pageTitle))</oddHeader>\
            <oddFooter>\(footer)&amp;R第 &amp;P 页 共 &amp;N 页</oddFooter></headerFooter>\
            </worksheet>
            """
    }

    /// A, B, …, Z, AA, …
    static func column(_ index: Int) -> String {
        var index = index
        var name = ""
        repeat {
            name = String(UnicodeScalar(UInt8(65 + index % 26))) + name
            index = index / 26 - 1
        } while index >= 0
        return name
    }

    private static func text(_ text: String, at reference: String, style: XLSXStyle) -> String {
        "<c r=\"\(reference)\" s=\"\(style.rawValue)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.escape(text))</t></is></c>"
    }

    /// Scores are written as the exact decimal text of their hundredths, never through a Double.
    private static func cell(_ cell: PrintTable.Cell, at reference: String, centered: Bool) -> String {
        switch cell.value {
        case .empty:
            return "<c r=\"\(reference)\" s=\"\(XLSXStyle.text.rawValue)\"/>"
        case .text(let text):
            return Self.text(text, at: reference, style: cell.bold ? .group : centered ? .centeredText : .text)
        case .score(let points):
            let style: XLSXStyle = cell.struck ? .struckScore : cell.bold ? .boldScore : .score
            return "<c r=\"\(reference)\" s=\"\(style.rawValue)\"><v>\(points.description)</v></c>"
        case .integer(let number):
            let style: XLSXStyle = centered ? .centeredInteger : .integer
            return "<c r=\"\(reference)\" s=\"\(style.rawValue)\"><v>\(number)</v></c>"
        }
    }
}
