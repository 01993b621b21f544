/// A competition definition refused when loaded (SCORING.md §9). `path` is the key path in
/// the competition file, e.g. `rounds[1].criteria`; `value` the value there as the file writes
/// it (text in quotes). The rules name the problem and its values, never its words: ScoringCore
/// is below Messages (which imports it), so the one `Refusal` is made from this in Messages
/// (`Refusal(_:at:)`), as for `MarkError`.
public struct CompetitionError: Error, Equatable, Sendable {
    public var path: String
    public var value: String
    public var problem: Problem

    public init(path: String, value: String, problem: Problem) {
        self.path = path
        self.value = value
        self.problem = problem
    }

    /// What is wrong, with the values a message names.
    public enum Problem: Equatable, Sendable {
        case idCharacters
        case idRequired
        /// The id repeats the one at this path.
        case idRepeats(first: String)
        case noTrades
        case noRounds
        case weightsSum(Points)
        case unknownTrade(TradeID, known: [TradeID])
        case unknownRound(RoundID, known: [RoundID])
        case unknownJudge(JudgeID, known: [JudgeID])
        case roundMaxNotPositive
        case weightNegative
        case trimNegative
        case singleTakesOneMark
        /// The method (`trim` for a trimmed mean) needs more judges' marks than the round takes.
        case tooFewJudges(Aggregation, needed: Int)
        case criterionMaxNotPositive
        case criteriaSum(Points, roundMax: Points)
        case spreadAboveMax(roundMax: Points)
        case spreadWithOneMark
        case qualifyNotEarlier
        case topBelowOne
        case countNegative
        case percentOutOfRange
        /// A second panel for a trade and round; `first` is the path of the first.
        case panelRepeats(first: String)
        case panelWithoutJudges
        case judgeTwiceInPanel
        case panelTooSmall(round: RoundID, needed: Int, named: Int)
        case noPanel(trade: TradeID, round: RoundID)
    }
}
