/// One row of a times file (CLI.md "Times used"), fields as written.
public struct TimeRow: Sendable {
    public var line: Int
    public var number: String
    public var round: String
    public var time: String

    public init(line: Int, number: String, round: String, time: String) {
        self.line = line
        self.number = number
        self.round = round
        self.time = time
    }
}
