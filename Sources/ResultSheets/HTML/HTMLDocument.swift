public import Foundation

/// A `PrintDocument` as one self-contained HTML file: inline CSS, no script, nothing fetched.
public enum HTMLDocument {
    public static func render(_ document: PrintDocument) -> Data {
        Data(text(document).utf8)
    }

    public static func text(_ document: PrintDocument) -> String {
        let heading = document.heading
        var html = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>\(HTMLEscape.text(heading.pageTitle))</title>
            <style>
            \(PageStyle.css(document))
            </style>
            </head>
            <body>
            <header class="title">
            <h1>\(HTMLEscape.text(heading.competition))</h1>
            <h2>\(HTMLEscape.text(heading.subtitle))</h2>

            """
        if !heading.organizer.isEmpty {
            html += "<p>主办单位：\(HTMLEscape.text(heading.organizer))</p>\n"
        }
        for line in heading.lines { html += "<p>\(HTMLEscape.text(line))</p>\n" }
        html += "</header>\n"
        for section in document.sections { html += Self.section(section) }
        if !document.signatures.isEmpty {
            html += "<div class=\"signatures\">\n"
            for line in document.signatures {
                html += "<div class=\"sign\"><p><span class=\"label\">\(HTMLEscape.text(line))：</span>"
                html += "<span class=\"blank\"></span></p>"
                html += "<p><span class=\"label\">日期：</span><span class=\"blank date\"></span></p></div>\n"
            }
            html += "</div>\n"
        }
        if !heading.footer.isEmpty {
            html += "<footer class=\"digest\">"
            html += heading.footer.map { "<p>\(Self.breakable(HTMLEscape.text($0)))</p>" }.joined()
            html += "</footer>\n"
        }
        return html + "</body>\n</html>\n"
    }

    /// Escaped text with a break opportunity (<wbr>) every 8 characters of a long hex run (a
    /// SHA-256), so that a line too long for the page breaks between groups, never inside one.
    static func breakable(_ escaped: String) -> String {
        var out = ""
        var run = ""
        func flush() {
            if run.count >= 32 {
                out += stride(from: 0, to: run.count, by: 8).map { start in
                    let from = run.index(run.startIndex, offsetBy: start)
                    return String(run[from..<run.index(from, offsetBy: min(8, run.count - start))])
                }.joined(separator: "<wbr>")
            } else {
                out += run
            }
            run = ""
        }
        for character in escaped {
            if character.isHexDigit && character.isASCII {
                run.append(character)
            } else {
                flush()
                out.append(character)
            }
        }
        flush()
        return out
    }

    private static func section(_ section: PrintDocument.Section) -> String {
        // A plot stays on the page of its heading, notes and table (a judge per row): a figure
        // alone at the top of a page does not say what it shows.
        var html = section.figures.isEmpty ? "<section>\n" : "<section class=\"keep\">\n"
        if let title = section.heading { html += "<h3>\(HTMLEscape.text(title))</h3>\n" }
        for note in section.notes { html += "<p class=\"note\">\(HTMLEscape.text(note))</p>\n" }
        if let table = section.table { html += Self.table(table) }
        for figure in section.figures { html += "<figure>\(figure)</figure>\n" }
        return html + "</section>\n"
    }

    private static func table(_ table: PrintTable) -> String {
        var html = "<table>\n<thead><tr>"
        for column in table.columns { html += "<th>\(HTMLEscape.text(column.title))</th>" }
        html += "</tr></thead>\n"
        // A grouped table has one <tbody> per group (one competitor's lines of the detail
        // sheet), which the page style keeps on one page: Chromium honours break-inside on it.
        html += table.groupedByFirstColumn ? "" : "<tbody>\n"
        var previousLead: PrintTable.Cell?
        for row in table.rows {
            switch row {
            case .group(let title):
                html +=
                    "<tr class=\"group\"><td colspan=\"\(table.columns.count)\">\(HTMLEscape.text(title))</td></tr>\n"
            case .cells(let cells):
                let starts = table.groupedByFirstColumn && (previousLead == nil || cells.first != previousLead)
                let opens = starts && previousLead != nil
                if starts { html += (previousLead == nil ? "" : "</tbody>\n") + "<tbody class=\"together\">\n" }
                previousLead = cells.first
                html += opens ? "<tr class=\"lead\">" : "<tr>"
                for (index, cell) in cells.enumerated() {
                    let column = index < table.columns.count ? table.columns[index] : PrintTable.Column("")
                    var classes = [column.centered ? "mid" : column.numeric ? "num" : "text"]
                    if cell.struck { classes.append("struck") }
                    if cell.bold { classes.append("bold") }
                    let shown = cell.struck && cell.value != .empty ? "(\(cell.value.printed))" : cell.value.printed
                    html += "<td class=\"\(classes.joined(separator: " "))\">\(HTMLEscape.text(shown))</td>"
                }
                html += "</tr>\n"
            }
        }
        if table.groupedByFirstColumn && previousLead == nil { return html + "</table>\n" }
        return html + "</tbody>\n</table>\n"
    }
}
