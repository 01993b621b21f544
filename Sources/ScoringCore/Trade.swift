public struct Trade: Equatable, Sendable {
    public var id: TradeID
    public var name: String

    public init(id: TradeID, name: String) {
        self.id = id
        self.name = name
    }
}
