public import ScoringCore

extension PrintDocument {
    /// The change list (更正): one line per changed cell, between two published versions.
    public static func changes(
        _ changes: SheetChanges, from oldVersion: Int, of competition: Competition, heading: DocumentHeading
    ) -> PrintDocument {
        var heading = heading
        heading.lines.append(
            "第\(oldVersion)版 → 第\(heading.version.map(String.init) ?? "")版，共 \(changes.changes.count) 处更正")
        let columns = [
            PrintTable.Column("参赛号", centered: true), .init("姓名"), .init("项目"), .init("更正前", numeric: true),
            .init("更正后", numeric: true),
        ]
        let rows = changes.changes.map { change in
            PrintTable.Row.cells([
                .text(change.number), .text(change.name), .text(change.column), .text(change.old), .text(change.new),
            ])
        }
        return PrintDocument(
            heading: heading, orientation: .portrait, table: PrintTable(columns: columns, rows: rows),
            signatures: competition.documents.signatureLines)
    }
}
