public import ScoringCore

/// A trade's result sheet as text cells (SCORING.md §8), ready for CSV or a terminal table.
public struct ResultSheet: Sendable {
    /// Machine keys, or the Chinese headers organizers publish.
    public enum Headers: String, Sendable, CaseIterable {
        case keys
        case zh
    }

    public let header: [String]
    public let rows: [[String]]

    public init(_ results: TradeResults, of competition: Competition, headers: Headers) {
        header = Self.header(competition, headers)
        rows = results.rows.map { row in
            var cells = [
                row.rank.map(String.init) ?? "",
                row.competitor.number.rawValue,
                row.competitor.name,
                row.competitor.unit,
                headers == .keys ? results.trade.id.rawValue : results.trade.name,
            ]
            cells += row.scores.map { $0?.description ?? "" }
            cells += [
                row.total?.description ?? "",
                row.prize?.name ?? "",
                row.prize?.title ?? "",
                Self.status(row.standing, headers),
            ]
            return cells
        }
    }

    private static func header(_ competition: Competition, _ headers: Headers) -> [String] {
        switch headers {
        case .keys:
            ["rank", "number", "name", "unit", "trade"] + competition.rounds.map(\.id.rawValue)
                + ["total", "prize", "title", "status"]
        case .zh:
            ["名次", "参赛号", "姓名", "单位", "工种"] + competition.rounds.map(\.name) + ["总成绩", "奖项", "称号", "备注"]
        }
    }

    /// The `status` cell. `incomplete` appears only on provisional sheets.
    public static func status(_ standing: Standing, _ headers: Headers) -> String {
        switch (standing, headers) {
        case (.ranked, .keys): "ranked"
        case (.ranked, .zh): ""
        case (.incomplete, .keys): "incomplete"
        case (.incomplete, .zh): "成绩未全"
        case (.notQualified, .keys): "not-qualified"
        case (.notQualified, .zh): "未晋级"
        case (.absent, .keys): "absent"
        case (.absent, .zh): "缺考"
        case (.disqualified, .keys): "disqualified"
        case (.disqualified, .zh): "取消资格"
        case (.withdrawn, .keys): "withdrawn"
        case (.withdrawn, .zh): "退赛"
        }
    }
}
