public import ScoringCore

extension PrintDocument {
    /// The award list (获奖名单): per prize tier a line 一等奖（2名） or 三等奖（空缺）, then its
    /// winners in rank order.
    public static func awards(_ results: TradeResults, of competition: Competition, heading: DocumentHeading)
        -> PrintDocument
    {
        let columns = [
            PrintTable.Column("奖项"), .init("称号"), .init("名次", numeric: true, centered: true),
            .init("参赛号", centered: true), .init("姓名"),
            .init("单位"), .init("总成绩", numeric: true),
        ]
        var rows: [PrintTable.Row] = []
        for tier in competition.prizes {
            let winners = results.rows.filter { $0.prize?.name == tier.name }
            rows.append(.group(winners.isEmpty ? "\(tier.name)（空缺）" : "\(tier.name)（\(winners.count)名）"))
            rows += winners.map { row in
                .cells([
                    .text(tier.name), .text(tier.title ?? ""), .integer(row.rank),
                    .text(row.competitor.number.rawValue),
                    .text(row.competitor.name), .text(row.competitor.unit), .score(row.total),
                ])
            }
        }
        return PrintDocument(
            heading: heading, orientation: .portrait, table: PrintTable(columns: columns, rows: rows),
            signatures: competition.documents.signatureLines)
    }
}
