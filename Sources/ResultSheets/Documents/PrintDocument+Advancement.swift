public import ScoringCore

extension PrintDocument {
    /// The advancement list (晋级名单) of a round with `qualify`, as printed: the same lines
    /// as its CSV (`AdvancementSheet`) — everyone who took the qualifying round, by its score,
    /// 名次 shared on ties, and 是否晋级.
    public static func advancement(_ list: AdvancementList, of competition: Competition, heading: DocumentHeading)
        -> PrintDocument
    {
        var heading = heading
        heading.document = "\(list.round.name) 晋级名单"
        let qualifying = list.qualifyingRound.name
        if let qualify = list.round.qualify {
            let rule =
                switch qualify.cut {
                case .top(let count): "\(qualifying)成绩前 \(count) 名（并列者同时晋级）"
                case .minScore(let minimum): "\(qualifying)成绩不低于 \(minimum) 分"
                }
            heading.lines.append(
                "晋级规则：\(rule)；共 \(list.lines.filter(\.advanced).count) 人晋级，\(list.lines.count) 人参加\(qualifying)")
        }
        let sheet = AdvancementSheet(list, headers: .zh)
        let columns = [
            PrintTable.Column(sheet.header[0], numeric: true, centered: true), .init(sheet.header[1], centered: true),
            .init(sheet.header[2]), .init(sheet.header[3]), .init(sheet.header[4], numeric: true),
            .init(sheet.header[5], centered: true),
        ]
        let rows = zip(list.lines, sheet.rows).map { line, cells in
            PrintTable.Row.cells([
                .integer(line.rank), .text(cells[1]), .text(cells[2]), .text(cells[3]), .score(line.score),
                PrintTable.Cell(.text(cells[5]), bold: line.advanced),
            ])
        }
        return PrintDocument(
            heading: heading, orientation: .portrait, table: PrintTable(columns: columns, rows: rows),
            signatures: competition.documents.signatureLines)
    }
}
