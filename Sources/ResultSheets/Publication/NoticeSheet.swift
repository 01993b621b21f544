public import Foundation
public import ScoringCore

/// The 公示 sheet: what is posted for competitors to check during the notice period.
///
/// A title line (competition, trade, version, digest of the published result sheet), the
/// notice period, then the columns custom expects: 名次, 参赛号, 姓名, 单位, each round,
/// 总成绩, 奖项, 称号, and 备注 so that an absent or not-qualified line is not read as blank.
/// Every competitor of the trade is listed, in sheet order.
public struct NoticeSheet: Sendable {
    public let lines: [[String]]

    public init(_ results: TradeResults, of competition: Competition, stamp: PublicationStamp) {
        let header =
            ["名次", "参赛号", "姓名", "单位"] + competition.rounds.map(\.name) + ["总成绩", "奖项", "称号", "备注"]
        let rows = results.rows.map { row in
            [
                row.rank.map(String.init) ?? "", row.competitor.number.rawValue, row.competitor.name,
                row.competitor.unit,
            ]
                + row.scores.map { $0?.description ?? "" }
                + [
                    row.total?.description ?? "", row.prize?.name ?? "", row.prize?.title ?? "",
                    ResultSheet.status(row.standing, .zh),
                ]
        }
        lines = [[stamp.title("成绩公示")], [stamp.noticeLine], header] + rows
    }

    /// UTF-8 with a BOM and CRLF, like the result sheets, so Excel opens it as it is.
    public func render() -> Data {
        CSVSheetWriter.render(lines: lines, bom: true)
    }
}
