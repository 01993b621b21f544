public import ScoringCore

extension PrintDocument {
    /// The judges' consistency report of one trade (裁判评分一致性报告): the totals with the
    /// prize boundaries, then per round a table per judge and a plot of their deviations.
    public static func judgesReport(
        _ results: TradeResults, of competition: Competition, marks: [CompetitorNumber: [Mark]],
        heading: DocumentHeading
    ) -> PrintDocument {
        var heading = heading
        let consistency = JudgeConsistency(results, of: competition, marks: marks)
        heading.lines.append(
            "偏差 = 裁判评分 − 该选手的环节成绩；平均偏差为正表示该裁判总体打分偏高，为负表示偏低。有评分项的环节按各评分项之和计。")
        var sections = [
            Section(
                heading: "总成绩分布", notes: ["红线为各奖项获奖者的最低总成绩。"],
                figures: [SVGPlot.totals(results, prizes: competition.prizes)].filter { !$0.isEmpty })
        ]
        if consistency.rounds.isEmpty {
            sections.append(Section(notes: ["本工种没有多名裁判评分的环节，无一致性统计。"]))
        }
        for round in consistency.rounds {
            let columns = [
                PrintTable.Column("裁判"), .init("姓名"), .init("评分人次", numeric: true), .init("平均分", numeric: true),
                .init("最低分", numeric: true), .init("最高分", numeric: true), .init("平均偏差", numeric: true),
                .init("平均绝对偏差", numeric: true), .init("被去掉次数", numeric: true), .init("偏差最大的选手"),
            ]
            let rows = round.judges.map { judge in
                let largest = judge.largest(3).map {
                    "\($0.number.rawValue) \($0.name) \(JudgeConsistency.signed($0.hundredths))"
                }
                return PrintTable.Row.cells([
                    .text(judge.judge.rawValue), .text(competition.judge(judge.judge)?.name ?? ""),
                    .integer(judge.count), .score(judge.mean), .score(judge.lowest), .score(judge.highest),
                    .text(JudgeConsistency.signed(judge.meanDeviation)),
                    .score(Points(hundredths: judge.meanAbsoluteDeviation)), .integer(judge.dropped),
                    .text(largest.joined(separator: "；")),
                ])
            }
            sections.append(
                Section(
                    heading: "\(round.round.name)（满分 \(round.round.max)，\(round.round.aggregate.chinese)）",
                    notes: ["\(round.competitors) 名选手有两名以上裁判的完整评分。"],
                    table: PrintTable(columns: columns, rows: rows), figures: [SVGPlot.deviations(round)]))
        }
        return PrintDocument(
            heading: heading, orientation: .landscape, sections: sections,
            signatures: competition.documents.signatureLines.prefix(1).map { $0 })
    }
}

extension Aggregation {
    /// As the report names the method.
    var chinese: String {
        switch self {
        case .single: "单人评分"
        case .mean: "取平均分"
        case .trimmedMean(let trim): trim == 1 ? "去掉一个最高分和一个最低分后取平均" : "去掉 \(trim) 个最高分和 \(trim) 个最低分后取平均"
        case .median: "取中位数"
        }
    }
}
