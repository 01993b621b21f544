public import ScoringCore

extension PrintDocument {
    /// The heading every document of a trade starts from: competition, organizer, trade.
    public static func heading(
        _ competition: Competition, _ trade: Trade, document: String, version: Int? = nil, footer: [String] = []
    ) -> DocumentHeading {
        DocumentHeading(
            competition: competition.name, organizer: competition.documents.organizer, trade: trade.name,
            document: document, version: version, footer: footer)
    }

    /// The columns of the result sheet and the 公示 sheet: 名次, 参赛号, 姓名, 单位, each
    /// round, 总成绩, 奖项, 称号, 备注 (the trade is in the title).
    static func resultTable(_ results: TradeResults, of competition: Competition) -> PrintTable {
        let columns =
            [
                PrintTable.Column("名次", numeric: true, centered: true), .init("参赛号", centered: true), .init("姓名"),
                .init("单位"),
            ]
            + competition.rounds.map { PrintTable.Column($0.name, numeric: true) }
            + [.init("总成绩", numeric: true), .init("奖项"), .init("称号"), .init("备注")]
        let rows = results.rows.map { row in
            PrintTable.Row.cells(
                [
                    .integer(row.rank), .text(row.competitor.number.rawValue), .text(row.competitor.name),
                    .text(row.competitor.unit),
                ] + row.scores.map { PrintTable.Cell.score($0) }
                    + [
                        PrintTable.Cell(row.total.map(PrintTable.Value.score) ?? .empty, bold: true),
                        .text(row.prize?.name ?? ""), .text(row.prize?.title ?? ""),
                        .text(ResultSheet.status(row.standing, .zh)),
                    ])
        }
        return PrintTable(columns: columns, rows: rows)
    }

    /// The result sheet (成绩表); a provisional one says so under the title.
    public static func resultSheet(_ results: TradeResults, of competition: Competition, heading: DocumentHeading)
        -> PrintDocument
    {
        var heading = heading
        if !results.isFinal {
            heading.document += "（暂定）"
            heading.lines.append("暂定成绩：尚有 \(results.problems.count) 项评分未录入，本表不作为最终成绩。")
        }
        return PrintDocument(
            heading: heading, orientation: .landscape, table: resultTable(results, of: competition),
            signatures: competition.documents.signatureLines)
    }
}
