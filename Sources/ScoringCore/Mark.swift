/// One judge's mark for one competitor in one round (or one criterion of it).
public struct Mark: Equatable, Sendable {
    public var number: CompetitorNumber
    public var round: RoundID
    public var judge: JudgeID
    public var criterion: CriterionID?
    public var value: Points

    public init(number: CompetitorNumber, round: RoundID, judge: JudgeID, criterion: CriterionID? = nil, value: Points)
    {
        self.number = number
        self.round = round
        self.judge = judge
        self.criterion = criterion
        self.value = value
    }
}
