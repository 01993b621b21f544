import ScoreStore
public import ScoringCore

/// Which mark a use case is about, as typed at the judges' table or on a tablet. The score stays
/// text until the rules read it, so a refusal can quote it as typed.
public struct MarkInput: Equatable, Sendable {
    public var judge: JudgeID
    public var number: CompetitorNumber
    public var round: RoundID
    /// Nil for a round marked as a whole.
    public var criterion: CriterionID?
    public var score: String

    public init(judge: JudgeID, number: CompetitorNumber, round: RoundID, criterion: CriterionID?, score: String) {
        self.judge = judge
        self.number = number
        self.round = round
        self.criterion = criterion
        self.score = score
    }

    /// The mark as the store checks it, typed rather than read from a file (line 0).
    var row: MarkRow {
        MarkRow(
            line: 0, number: number.rawValue, round: round.rawValue, judge: judge.rawValue, score: score,
            criterion: criterion?.rawValue ?? "")
    }
}
