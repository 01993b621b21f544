public import ScoringCore

extension PrintDocument {
    /// The advancement list (晋级名单) of a round with `qualify`: who takes it, by their score
    /// in the qualifying round, best first. nil for a round without `qualify`.
    public static func advancement(
        to round: Round, _ results: TradeResults, of competition: Competition, heading: DocumentHeading
    ) -> PrintDocument? {
        guard let qualify = round.qualify,
            let taken = competition.rounds.firstIndex(where: { $0.id == round.id }),
            let after = competition.rounds.firstIndex(where: { $0.id == qualify.after })
        else { return nil }
        let admitted = results.rows.filter { row in
            row.competitor.status == .active && row.scores[taken] != nil && row.scores[after] != nil
        }.sorted { left, right in
            left.scores[after]! != right.scores[after]!
                ? left.scores[after]! > right.scores[after]! : left.competitor.number < right.competitor.number
        }
        var heading = heading
        heading.document = "\(round.name) 晋级名单"
        let rule =
            switch qualify.cut {
            case .top(let count): "\(competition.rounds[after].name)成绩前 \(count) 名（并列者同时晋级）"
            case .minScore(let minimum): "\(competition.rounds[after].name)成绩不低于 \(minimum) 分"
            }
        heading.lines.append("晋级规则：\(rule)；共 \(admitted.count) 人晋级")
        let columns = [
            PrintTable.Column("序号", numeric: true, centered: true), .init("参赛号", centered: true), .init("姓名"),
            .init("单位"),
            .init(competition.rounds[after].name, numeric: true),
        ]
        let rows = admitted.enumerated().map { index, row in
            PrintTable.Row.cells([
                .integer(index + 1), .text(row.competitor.number.rawValue), .text(row.competitor.name),
                .text(row.competitor.unit), .score(row.scores[after]),
            ])
        }
        return PrintDocument(
            heading: heading, orientation: .portrait, table: PrintTable(columns: columns, rows: rows),
            signatures: competition.documents.signatureLines)
    }
}
