/// The inline CSS of every printed document: A4, Chinese fonts on Windows, macOS and Linux,
/// the header row repeated on every page, page numbers and the footer in the page margins.
enum PageStyle {
    static let fonts =
        "\"Microsoft YaHei\", \"微软雅黑\", \"PingFang SC\", \"Hiragino Sans GB\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"WenQuanYi Micro Hei\", sans-serif"

    static func css(_ document: PrintDocument) -> String {
        let heading = document.heading
        // Only the first footer line (the digest) goes in the margin of every page: it fits
        // beside the page number even on a portrait page. All lines close the document.
        let footer = heading.footer.first ?? ""
        return """
            @page {
              size: A4 \(document.orientation.rawValue);
              margin: 14mm 12mm 16mm 12mm;
              @top-center { content: "\(HTMLEscape.cssString(heading.pageTitle))"; font-size: 8pt; color: #444; }
              @bottom-left { content: "\(HTMLEscape.cssString(footer))"; font-size: 6.5pt; color: #444; }
              @bottom-right { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-size: 8pt; white-space: nowrap; }
            }
            html { font-family: \(fonts); font-size: 9.5pt; color: #000; }
            body { margin: 0; }
            header.title { text-align: center; margin-bottom: 3mm; }
            header.title h1 { font-size: 16pt; margin: 0 0 1mm 0; }
            header.title h2 { font-size: 13pt; margin: 0 0 1.5mm 0; font-weight: bold; }
            header.title p { margin: 0.6mm 0; font-size: 10pt; }
            section h3 { font-size: 11.5pt; margin: 4mm 0 1.5mm 0; break-after: avoid; }
            section p.note { margin: 0.8mm 0; }
            table { border-collapse: collapse; width: 100%; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; }
            tbody.together { break-inside: avoid; page-break-inside: avoid; }
            th, td { border: 0.6pt solid #000; padding: 0.35mm 1.4mm; line-height: 1.2; }
            th { background: #e8e8e8; font-weight: bold; text-align: center; white-space: nowrap; }
            td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            td.text { text-align: left; }
            td.mid { text-align: center; white-space: nowrap; }
            td.struck { text-decoration: line-through; color: #555; }
            td.bold { font-weight: bold; }
            tr.lead td { border-top: 1.4pt solid #000; }
            tr.group td { font-weight: bold; background: #f3f3f3; }
            figure { margin: 2mm 0; break-inside: avoid; page-break-inside: avoid; }
            section.keep { break-inside: avoid; page-break-inside: avoid; }
            figure svg { max-width: 100%; height: auto; }
            figcaption { font-size: 9pt; color: #333; }
            .signatures { display: flex; flex-wrap: wrap; justify-content: flex-start; column-gap: 16mm; row-gap: 7mm; margin-top: 12mm; break-inside: avoid; page-break-inside: avoid; font-size: 10.5pt; }
            .signatures .sign { flex: 0 0 auto; }
            .signatures p { margin: 0; white-space: nowrap; }
            .signatures p + p { margin-top: 6mm; }
            .signatures .blank { display: inline-block; width: 38mm; border-bottom: 0.6pt solid #000; }
            .signatures .blank.date { width: 32mm; }
            footer.digest { margin-top: 5mm; font-size: 7.5pt; color: #333; font-family: "DejaVu Sans Mono", Consolas, Menlo, "Liberation Mono", monospace, \(fonts); }
            footer.digest p { margin: 0.4mm 0; word-break: keep-all; overflow-wrap: normal; }
            """
    }
}
