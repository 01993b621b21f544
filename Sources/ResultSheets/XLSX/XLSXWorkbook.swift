public import Foundation
import ZIPFoundation

/// A `PrintDocument` as an .xlsx workbook (Office Open XML SpreadsheetML): one worksheet per
/// table, inline strings, a `0.00` number format for scores, the header row frozen and printed
/// on every page (`_xlnm.Print_Titles`).
public enum XLSXWorkbook {
    /// Entries carry a fixed date, so the same document gives the same bytes.
    private static let entryDate = Date(timeIntervalSince1970: 1_767_225_600)

    public static func render(_ document: PrintDocument) throws -> Data {
        let tables = document.sections.compactMap { section in section.table.map { (section.heading, $0) } }
        var used: Set<String> = []
        let sheets = tables.enumerated().map { index, entry in
            XLSXSheet(
                name: sheetName(entry.0 ?? document.heading.document, index: index, used: &used), document: document,
                table: entry.1)
        }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheets.count)),
            ("_rels/.rels", rootRelationships),
            ("docProps/core.xml", core(document.heading.pageTitle)),
            ("xl/workbook.xml", workbook(sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheets.count)),
            ("xl/styles.xml", XLSXStyle.part),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet.xml()))
        }
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// At most 31 characters, none of []:*?/\, unique in the workbook.
    private static func sheetName(_ wanted: String, index: Int, used: inout Set<String>) -> String {
        var name = String(wanted.filter { !"[]:*?/\\'".contains($0) }.prefix(28))
        if name.isEmpty { name = "Sheet" }
        if used.contains(name) { name += "\(index + 1)" }
        used.insert(name)
        return name
    }

    private static func contentTypes(_ count: Int) -> String {
        let sheets = (0..<count).map {
            "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            \(sheets.joined())</Types>
            """
    }

    private static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    private static func core(_ title: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(XMLText.escape(title))</dc:title>\
        <dc:creator>judge</dc:creator></cp:coreProperties>
        """
    }

    private static func workbook(_ sheets: [XLSXSheet]) -> String {
        let list = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(XMLText.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        let titles = sheets.enumerated().map { index, sheet in
            "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">'\(XMLText.escape(sheet.name))'!$\(sheet.headerRow):$\(sheet.headerRow)</definedName>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <bookViews><workbookView/></bookViews>\
            <sheets>\(list.joined())</sheets>\
            <definedNames>\(titles.joined())</definedNames>\
            </workbook>
            """
    }

    private static func workbookRelationships(_ count: Int) -> String {
        let sheets = (0..<count).map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            \(sheets.joined())\
            <Relationship Id="rId\(count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """
    }
}
