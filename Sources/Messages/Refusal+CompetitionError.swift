public import ScoringCore

extension Refusal {
    /// A competition definition refused by the rules (ScoringCore checks it, this words it),
    /// at its key of the competition file, or without a place when it comes from the database.
    /// The one place where a `CompetitionError` becomes a `Refusal`.
    public init(_ error: CompetitionError, at place: Place? = nil) {
        var values = ["value": error.value]
        func known<Tag>(_ ids: [Identifier<Tag>]) -> String {
            ids.map(\.rawValue).joined(separator: ", ")
        }
        let code: RefusalCode
        switch error.problem {
        case .idCharacters: code = .idCharacters
        case .idRequired: code = .idRequired
        case .idRepeats(let first):
            code = .idRepeats
            values["first"] = first
        case .noTrades: code = .noTrades
        case .noRounds: code = .noRounds
        case .weightsSum(let sum):
            code = .weightsSum
            values["sum"] = sum.trimmed
        case .unknownTrade(_, let trades):
            code = .unknownTrade
            values["known"] = known(trades)
        case .unknownRound(_, let rounds):
            code = .unknownRound
            values["known"] = known(rounds)
        case .unknownJudge(_, let judges):
            code = .unknownJudge
            values["known"] = known(judges)
        case .roundMaxNotPositive: code = .roundMaxNotPositive
        case .weightNegative: code = .weightNegative
        case .trimNegative: code = .trimNegative
        case .singleTakesOneMark: code = .singleTakesOneMark
        case .tooFewJudges(let aggregate, let needed):
            code = .tooFewJudges
            values["method"] = aggregate.description
            if case .trimmedMean(let trim) = aggregate { values["trim"] = String(trim) }
            values["needed"] = String(needed)
        case .criterionMaxNotPositive: code = .criterionMaxNotPositive
        case .criteriaSum(let sum, let max):
            code = .criteriaSum
            values["sum"] = sum.trimmed
            values["max"] = max.trimmed
        case .spreadAboveMax(let max):
            code = .spreadAboveMax
            values["max"] = max.trimmed
        case .spreadWithOneMark: code = .spreadWithOneMark
        case .qualifyNotEarlier: code = .qualifyNotEarlier
        case .topBelowOne: code = .topBelowOne
        case .countNegative: code = .countNegative
        case .percentOutOfRange: code = .percentOutOfRange
        case .panelRepeats(let first):
            code = .panelRepeats
            values["first"] = first
        case .panelWithoutJudges: code = .panelWithoutJudges
        case .judgeTwiceInPanel: code = .judgeTwiceInPanel
        case .panelTooSmall(let round, let needed, let named):
            code = .panelTooSmall
            values["round"] = round.rawValue
            values["needed"] = String(needed)
            values["count"] = String(named)
        case .noPanel(let trade, let round):
            code = .noPanel
            values["trade"] = trade.rawValue
            values["round"] = round.rawValue
        }
        self.init(code, at: place, values)
    }
}
