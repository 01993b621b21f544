public import Messages
public import ScoringCore

/// A mark of a double-entry round that does not count yet.
public struct OpenDoubleEntry: Equatable, Sendable {
    public let trade: TradeID
    public let round: RoundID
    public let number: CompetitorNumber
    public let judge: JudgeID
    public let criterion: CriterionID?
    /// The clerks who entered it, in order; never their values (entries stay blind).
    public let clerks: [String]

    package init(
        trade: TradeID, round: RoundID, number: CompetitorNumber, judge: JudgeID, criterion: CriterionID?,
        clerks: [String]
    ) {
        self.trade = trade
        self.round = round
        self.number = number
        self.judge = judge
        self.criterion = criterion
        self.clerks = clerks
    }

    /// One clerk so far: waiting for a second. Two or more: they disagree.
    public var isDisagreement: Bool { clerks.count > 1 }

    public var description: String { text(in: .en) }

    /// `competitor 2, judge T1: entered by 甲, waiting for a second clerk`
    public func text(in language: Language) -> String {
        var values = [
            "number": number.rawValue, "judge": "\(judge)",
            "clerks": clerks.joined(separator: language == .zh ? "、" : ", "),
        ]
        if let criterion { values["criterion"] = "\(criterion)" }
        return (isDisagreement ? Phrase.blockerDoubleEntryDisagrees : .blockerDoubleEntryOpen).text(
            in: language, values)
    }
}
