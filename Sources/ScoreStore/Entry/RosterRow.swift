/// One row of a roster file (CLI.md "Roster"), fields as written.
public struct RosterRow: Sendable {
    public var line: Int
    public var number: String
    public var name: String
    public var unit: String
    public var trade: String
    public var status: String

    public init(line: Int, number: String, name: String, unit: String, trade: String, status: String = "") {
        self.line = line
        self.number = number
        self.name = name
        self.unit = unit
        self.trade = trade
        self.status = status
    }
}
