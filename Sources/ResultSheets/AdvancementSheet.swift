public import ScoringCore

/// The advancement list (晋级名单) of one round with `qualify`, as text cells: 名次 in the
/// qualifying round, 参赛号, 姓名, 单位, the qualifying round's score, 是否晋级.
public struct AdvancementSheet: Sendable {
    public let header: [String]
    public let rows: [[String]]

    public init(_ list: AdvancementList, headers: ResultSheet.Headers) {
        switch headers {
        case .keys: header = ["rank", "number", "name", "unit", list.qualifyingRound.id.rawValue, "advanced"]
        case .zh: header = ["名次", "参赛号", "姓名", "单位", list.qualifyingRound.name, "是否晋级"]
        }
        rows = list.lines.map { line in
            let advanced =
                switch headers {
                case .keys: line.advanced ? "yes" : "no"
                case .zh: line.advanced ? "晋级" : "未晋级"
                }
            return [
                String(line.rank), line.competitor.number.rawValue, line.competitor.name, line.competitor.unit,
                line.score.description, advanced,
            ]
        }
    }

    /// `<trade-id>-advance-<round-id>.csv`: the trade, and the round advanced to; the printable
    /// list beside it has the same name in `.html`.
    public static func fileName(trade: TradeID, round: RoundID) -> String {
        "\(trade.rawValue)-advance-\(round.rawValue).csv"
    }
}
