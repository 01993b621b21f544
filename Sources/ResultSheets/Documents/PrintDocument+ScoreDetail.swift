public import ScoringCore

extension PrintDocument {
    /// The score detail sheet (评分明细): every judge's mark per round (and per criterion),
    /// the marks the aggregation left out struck through in brackets, the round score, its full
    /// marks and weight, and the total, so that any total can be checked with a calculator.
    public static func scoreDetail(
        _ results: TradeResults, of competition: Competition, marks: [CompetitorNumber: [Mark]],
        heading: DocumentHeading
    ) -> PrintDocument {
        // A judge column for every judge with a counted round mark in this trade, in file order.
        var used: Set<JudgeID> = []
        for row in results.rows {
            for (index, round) in competition.rounds.enumerated() where row.scores[index] != nil {
                let entries = (marks[row.competitor.number] ?? []).filter { $0.round == round.id }
                used.formUnion(entries.map(\.judge))
            }
        }
        let judges =
            competition.judges.map(\.id).filter(used.contains) + used.subtracting(competition.judges.map(\.id)).sorted()
        let columns =
            [PrintTable.Column("参赛号", centered: true), .init("姓名"), .init("环节"), .init("评分项")]
            + judges.map { PrintTable.Column($0.rawValue, numeric: true) }
            + [
                .init("环节成绩", numeric: true), .init("满分", numeric: true), .init("权重"), .init("总成绩", numeric: true),
                .init("名次", numeric: true, centered: true), .init("备注"),
            ]
        var rows: [PrintTable.Row] = []
        for row in results.rows {
            rows += detailRows(row, of: competition, marks: marks[row.competitor.number] ?? [], judges: judges)
        }
        var heading = heading
        heading.lines.append(
            "总成绩 = Σ 环节成绩 ÷ 满分 × 100 × 权重，四舍五入保留两位小数；环节成绩按评分方法由裁判评分计算，四舍五入保留两位小数。")
        heading.lines.append("带删除线并加括号的评分为按评分方法去掉的评分（如去掉最高分和最低分），不计入环节成绩。")
        let names = judges.map { id in competition.judge(id).map { "\(id.rawValue) \($0.name)" } ?? id.rawValue }
        if !names.isEmpty { heading.lines.append("裁判：" + names.joined(separator: "，")) }
        return PrintDocument(
            heading: heading, orientation: .landscape,
            table: PrintTable(columns: columns, rows: rows, groupedByFirstColumn: true),
            signatures: competition.documents.signatureLines)
    }

    private static func detailRows(_ row: ResultRow, of competition: Competition, marks: [Mark], judges: [JudgeID])
        -> [PrintTable.Row]
    {
        let number = PrintTable.Cell.text(row.competitor.number.rawValue)
        let name = PrintTable.Cell.text(row.competitor.name)
        let status = PrintTable.Cell.text(ResultSheet.status(row.standing, .zh))
        var lines: [[PrintTable.Cell]] = []
        for (index, round) in competition.rounds.enumerated() where row.scores[index] != nil {
            let breakdown = MarkBreakdown(round: round, marks: marks.filter { $0.round == round.id })
            let byJudge = Dictionary(breakdown.judges.map { ($0.judge, $0) }, uniquingKeysWith: { first, _ in first })
            for criterion in round.criteria {
                lines.append(
                    [number, name, .text(round.name), .text(criterion.name)]
                        + judges.map { PrintTable.Cell.score(byJudge[$0]?.criteria[criterion.id]) }
                        + [.text(""), .score(criterion.max), .text(""), .text(""), .text(""), .text("")])
            }
            lines.append(
                [number, name, .text(round.name), .text(round.criteria.isEmpty ? "" : "合计")]
                    + judges.map { judge in
                        byJudge[judge].map { PrintTable.Cell(.score($0.mark), struck: !$0.counted) } ?? .text("")
                    }
                    + [
                        PrintTable.Cell(.score(row.scores[index]!), bold: true), .score(round.max),
                        .text(percent(round.weight)), .text(""), .text(""), .text(""),
                    ])
        }
        let tail = 4 + judges.count + 3
        guard !lines.isEmpty else {
            return [
                .cells([number, name] + Array(repeating: .text(""), count: tail - 2) + [.text(""), .text(""), status])
            ]
        }
        lines[0][tail] = PrintTable.Cell(row.total.map(PrintTable.Value.score) ?? .empty, bold: true)
        lines[0][tail + 1] = .integer(row.rank)
        lines[0][tail + 2] = status
        return lines.map { .cells($0) }
    }

    /// 30%, or 12.5% for a weight with hundredths.
    private static func percent(_ weight: Points) -> String {
        weight.hundredths % 100 == 0 ? "\(weight.hundredths / 100)%" : "\(weight)%"
    }
}
