extension Competition {
    /// The load-time checks of SCORING.md §9; throws the first problem found.
    public func validate() throws(CompetitionError) {
        try checkIdentifier()
        try checkUnique(trades.map(\.id.rawValue), path: "trades", key: "id")
        try checkUnique(judges.map(\.id.rawValue), path: "judges", key: "id")
        try checkUnique(rounds.map(\.id.rawValue), path: "rounds", key: "id")
        guard !trades.isEmpty else {
            throw CompetitionError(path: "trades", value: "[]", problem: .noTrades)
        }
        guard !rounds.isEmpty else {
            throw CompetitionError(path: "rounds", value: "[]", problem: .noRounds)
        }
        for (index, round) in rounds.enumerated() {
            try check(round, at: index)
        }
        let weights = rounds.reduce(Points.zero) { $0 + $1.weight }
        guard weights == Points(whole: 100) else {
            throw CompetitionError(
                path: "rounds", value: "weights " + rounds.map { "\($0.weight.trimmed)" }.joined(separator: " + "),
                problem: .weightsSum(weights))
        }
        for (index, key) in tieBreak.enumerated() {
            let id: RoundID
            switch key {
            case .round(let round), .time(let round): id = round
            }
            guard round(id) != nil else {
                throw CompetitionError(
                    path: "tie_break[\(index)]", value: "\"\(key)\"",
                    problem: .unknownRound(id, known: rounds.map(\.id)))
            }
        }
        for (index, tier) in prizes.enumerated() {
            try check(tier, at: index)
        }
        try checkPanels()
    }

    private func checkIdentifier() throws(CompetitionError) {
        let allowed = id.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
        }
        guard !id.isEmpty, allowed else {
            throw CompetitionError(
                path: "competition.id", value: "\"\(id)\"", problem: .idCharacters)
        }
    }

    private func checkUnique(_ ids: [String], path: String, key: String) throws(CompetitionError) {
        var seen: [String: Int] = [:]
        for (index, id) in ids.enumerated() {
            guard !id.isEmpty else {
                throw CompetitionError(path: "\(path)[\(index)].\(key)", value: "\"\"", problem: .idRequired)
            }
            if let first = seen[id] {
                throw CompetitionError(
                    path: "\(path)[\(index)].\(key)", value: "\"\(id)\"",
                    problem: .idRepeats(first: "\(path)[\(first)].\(key)"))
            }
            seen[id] = index
        }
    }

    private func check(_ round: Round, at index: Int) throws(CompetitionError) {
        let path = "rounds[\(index)]"
        guard round.max > .zero else {
            throw CompetitionError(
                path: "\(path).max", value: round.max.trimmed, problem: .roundMaxNotPositive)
        }
        guard round.weight >= .zero else {
            throw CompetitionError(
                path: "\(path).weight", value: round.weight.trimmed, problem: .weightNegative)
        }
        if case .trimmedMean(let trim) = round.aggregate, trim < 0 {
            throw CompetitionError(path: "\(path).trim", value: "\(trim)", problem: .trimNegative)
        }
        if let judges = round.judges {
            let needed = round.aggregate.minimumMarks
            if case .single = round.aggregate, judges != 1 {
                throw CompetitionError(
                    path: "\(path).judges", value: "\(judges)", problem: .singleTakesOneMark)
            }
            guard judges >= needed else {
                throw CompetitionError(
                    path: "\(path).judges", value: "\(judges)",
                    problem: .tooFewJudges(round.aggregate, needed: needed))
            }
        }
        try checkUnique(round.criteria.map(\.id.rawValue), path: "\(path).criteria", key: "id")
        for (criterionIndex, criterion) in round.criteria.enumerated() where criterion.max <= .zero {
            throw CompetitionError(
                path: "\(path).criteria[\(criterionIndex)].max", value: criterion.max.trimmed,
                problem: .criterionMaxNotPositive)
        }
        if !round.criteria.isEmpty {
            let sum = round.criteria.reduce(Points.zero) { $0 + $1.max }
            guard sum == round.max else {
                throw CompetitionError(
                    path: "\(path).criteria", value: round.criteria.map(\.max.trimmed).joined(separator: " + "),
                    problem: .criteriaSum(sum, roundMax: round.max))
            }
        }
        if let qualify = round.qualify {
            try check(qualify, of: index)
        }
        if let spread = round.maxSpread {
            guard spread <= round.max else {
                throw CompetitionError(
                    path: "\(path).max_spread", value: spread.trimmed,
                    problem: .spreadAboveMax(roundMax: round.max))
            }
            guard round.maximumMarks != 1 else {
                throw CompetitionError(
                    path: "\(path).max_spread", value: spread.trimmed,
                    problem: .spreadWithOneMark)
            }
        }
    }

    private func check(_ qualify: Qualification, of roundIndex: Int) throws(CompetitionError) {
        let path = "rounds[\(roundIndex)].qualify"
        guard let afterIndex = rounds.firstIndex(where: { $0.id == qualify.after }) else {
            throw CompetitionError(
                path: "\(path).after", value: "\"\(qualify.after)\"",
                problem: .unknownRound(qualify.after, known: rounds.map(\.id)))
        }
        guard afterIndex < roundIndex else {
            throw CompetitionError(
                path: "\(path).after", value: "\"\(qualify.after)\"",
                problem: .qualifyNotEarlier)
        }
        switch qualify.cut {
        case .top(let count) where count < 1:
            throw CompetitionError(path: "\(path).top", value: "\(count)", problem: .topBelowOne)
        default:
            break
        }
    }

    private func check(_ tier: PrizeTier, at index: Int) throws(CompetitionError) {
        let path = "prizes[\(index)]"
        switch tier.quota {
        case .count(let count) where count < 0:
            throw CompetitionError(path: "\(path).count", value: "\(count)", problem: .countNegative)
        case .percent(let percent) where percent < .zero || percent > .all:
            throw CompetitionError(
                path: "\(path).percent", value: percent.description, problem: .percentOutOfRange)
        default:
            break
        }
    }
}

extension Points {
    /// The shortest exact form (`30`, `12.5`, `0.25`), for messages about the competition file.
    public var trimmed: String {
        let text = description
        if text.hasSuffix(".00") { return String(text.dropLast(3)) }
        if text.hasSuffix("0") { return String(text.dropLast()) }
        return text
    }
}
