/// One row of a marks file (CLI.md "Marks"), fields as written.
public struct MarkRow: Sendable {
    public var line: Int
    public var number: String
    public var round: String
    public var judge: String
    public var score: String
    public var criterion: String

    public init(line: Int, number: String, round: String, judge: String, score: String, criterion: String = "") {
        self.line = line
        self.number = number
        self.round = round
        self.judge = judge
        self.score = score
        self.criterion = criterion
    }
}
