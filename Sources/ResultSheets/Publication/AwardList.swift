public import Foundation
public import ScoringCore

/// The award list (获奖名单): winners grouped by prize tier, best tier first.
///
/// Each tier opens with one line "一等奖（2名）" or "三等奖（空缺）"; its winners follow in rank
/// order, each line repeating the tier so that a filter in Excel keeps its meaning.
public struct AwardList: Sendable {
    public let lines: [[String]]

    public init(_ results: TradeResults, of competition: Competition, stamp: PublicationStamp) {
        var lines = [[stamp.title("获奖名单")], ["奖项", "称号", "名次", "参赛号", "姓名", "单位", "总成绩"]]
        for tier in competition.prizes {
            let winners = results.rows.filter { $0.prize?.name == tier.name }
            lines.append([winners.isEmpty ? "\(tier.name)（空缺）" : "\(tier.name)（\(winners.count)名）"])
            lines += winners.map { row in
                [
                    tier.name, tier.title ?? "", row.rank.map(String.init) ?? "", row.competitor.number.rawValue,
                    row.competitor.name, row.competitor.unit, row.total?.description ?? "",
                ]
            }
        }
        self.lines = lines
    }

    /// UTF-8 with a BOM and CRLF, like the result sheets.
    public func render() -> Data {
        CSVSheetWriter.render(lines: lines, bom: true)
    }
}
