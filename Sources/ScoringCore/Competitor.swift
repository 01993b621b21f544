/// A competitor on the roster.
public struct Competitor: Equatable, Sendable {
    public enum Status: String, Equatable, Sendable, CaseIterable {
        case active, absent, disqualified, withdrawn
    }

    public var number: CompetitorNumber
    public var name: String
    public var unit: String
    public var trade: TradeID
    public var status: Status

    public init(number: CompetitorNumber, name: String, unit: String, trade: TradeID, status: Status = .active) {
        self.number = number
        self.name = name
        self.unit = unit
        self.trade = trade
        self.status = status
    }
}
