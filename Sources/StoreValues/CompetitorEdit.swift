public import ScoringCore

/// What `judge competitors edit` asks to change; nil fields stay as they are.
public struct CompetitorEdit: Sendable, Equatable {
    public var name: String?
    public var unit: String?
    public var trade: TradeID?
    public var status: Competitor.Status?

    public init(name: String? = nil, unit: String? = nil, trade: TradeID? = nil, status: Competitor.Status? = nil) {
        self.name = name
        self.unit = unit
        self.trade = trade
        self.status = status
    }

    /// `status: active → absent`, one per field that differs from `competitor`.
    package func differences(from competitor: Competitor) -> [String] {
        var lines: [String] = []
        if let name, name != competitor.name { lines.append("name: \(competitor.name) → \(name)") }
        if let unit, unit != competitor.unit { lines.append("unit: \(competitor.unit) → \(unit)") }
        if let trade, trade != competitor.trade { lines.append("trade: \(competitor.trade) → \(trade)") }
        if let status, status != competitor.status {
            lines.append("status: \(competitor.status.rawValue) → \(status.rawValue)")
        }
        return lines
    }

    /// The trades whose ranking a status or trade change alters (the old and any new one);
    /// none for a change of name or unit only.
    package func rankingTrades(of competitor: Competitor) -> [TradeID] {
        let newTrade = trade.flatMap { $0 == competitor.trade ? nil : $0 }
        let statusChanges = status.map { $0 != competitor.status } ?? false
        guard statusChanges || newTrade != nil else { return [] }
        return [competitor.trade] + (newTrade.map { [$0] } ?? [])
    }

    package func applied(to competitor: Competitor) -> Competitor {
        var result = competitor
        result.name = name ?? result.name
        result.unit = unit ?? result.unit
        result.trade = trade ?? result.trade
        result.status = status ?? result.status
        return result
    }
}
