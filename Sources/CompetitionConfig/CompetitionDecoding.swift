import Messages
import ScoringCore
import Yams

/// Builds the model from the composed tree; checks shape and types only.
/// The rules of SCORING.md §9 are `Competition.validate()`'s.
extension Reader {
    func competition(from root: Node) throws(Refusal) -> Competition {
        let top = try Fields(
            root, path: "",
            allowed: [
                "competition", "trades", "rounds", "judges", "tie_break", "percent_rounding", "prizes", "panels",
                "clerks", "notice_days_min",
            ],
            expected: .topMapping, reader: self)

        let header = try Fields(
            top.required("competition", .competition),
            path: "competition", allowed: ["id", "name", "organizer", "contact", "signatures"],
            expected: .competitionMapping, reader: self)
        let id = try header.text("id", required: .competitionID)
        let name = try header.name("name", required: .competitionName)
        let documents = try documentSettings(header)

        var trades: [Trade] = []
        for item in try items(
            top.required("trades", .trades), path: "trades", expected: .tradeList)
        {
            trades.append(try trade(item.node, path: item.path))
        }

        var rounds: [Round] = []
        for item in try items(
            top.required("rounds", .rounds), path: "rounds", expected: .roundList)
        {
            rounds.append(try round(item.node, path: item.path))
        }

        var judges: [Judge] = []
        if let list = top.value("judges") {
            for item in try items(list, path: "judges", expected: .judgeList) {
                judges.append(try judge(item.node, path: item.path))
            }
        }

        var tieBreak: [TieBreakKey] = []
        if let list = top.value("tie_break") {
            for item in try items(list, path: "tie_break", expected: .tieBreakList) {
                tieBreak.append(try tieBreakKey(item.node, path: item.path))
            }
        }

        var percentRounding = PercentRounding.floor
        if let node = top.value("percent_rounding") {
            let text = try text(node, path: "percent_rounding")
            guard let rounding = PercentRounding(rawValue: text) else {
                throw error("percent_rounding", at: node, .unknownRounding)
            }
            percentRounding = rounding
        }

        var prizes: [PrizeTier] = []
        if let list = top.value("prizes") {
            for item in try items(list, path: "prizes", expected: .prizeList) {
                prizes.append(try prizeTier(item.node, path: item.path))
            }
        }

        var panels: [Panel] = []
        if let node = top.value("panels") { panels = try self.panels(node) }

        var competition = Competition(
            id: id, name: name, trades: trades, rounds: rounds, judges: judges,
            tieBreak: tieBreak, percentRounding: percentRounding, prizes: prizes, panels: panels,
            documents: documents)
        try readSafeguards(top, into: &competition)
        return competition
    }

    private func trade(_ node: Node, path: String) throws(Refusal) -> Trade {
        let fields = try Fields(
            node, path: path, allowed: ["id", "name"], expected: .trade, reader: self)
        return Trade(
            id: TradeID(try fields.text("id", required: .tradeID)), name: try fields.name("name", required: .tradeName))
    }

    private func judge(_ node: Node, path: String) throws(Refusal) -> Judge {
        let fields = try Fields(
            node, path: path, allowed: ["id", "name", "unit", "chief"], expected: .judge, reader: self)
        let id = try fields.text("id", required: .judgeID)
        return Judge(
            id: JudgeID(id), name: try fields.text("name") ?? id, unit: try fields.text("unit"),
            chief: try fields.flag("chief") ?? false)
    }

    private func round(_ node: Node, path: String) throws(Refusal) -> Round {
        let fields = try Fields(
            node, path: path,
            allowed: [
                "id", "name", "max", "weight", "aggregate", "trim", "judges", "criteria", "qualify", "max_spread",
                "double_entry",
            ],
            expected: .round, reader: self)
        let id = try fields.text("id", required: .roundID)
        let name = try fields.name("name", required: .roundName)
        let max = try fields.points("max", required: .roundMax)
        let weight = try fields.points("weight", required: .roundWeight)

        var aggregate = Aggregation.mean
        if let node = fields.value("aggregate") {
            switch try text(node, path: fields.keyPath("aggregate")) {
            case "single": aggregate = .single
            case "mean": aggregate = .mean
            case "trimmed-mean": aggregate = .trimmedMean(trim: 1)
            case "median": aggregate = .median
            default:
                throw error(fields.keyPath("aggregate"), at: node, .unknownMethod)
            }
        }
        if let trim = try fields.whole("trim") {
            guard case .trimmedMean = aggregate else {
                throw error(
                    fields.keyPath("trim"), at: fields.value("trim")!, .trimWithoutTrimmedMean,
                    ["method": aggregate.description])
            }
            aggregate = .trimmedMean(trim: trim)
        }
        let judges = try fields.whole("judges")

        var criteria: [Criterion] = []
        if let list = fields.value("criteria") {
            for item in try items(list, path: fields.keyPath("criteria"), expected: .criterionList) {
                criteria.append(try criterion(item.node, path: item.path))
            }
        }

        var qualify: Qualification?
        if let node = fields.value("qualify") {
            qualify = try qualification(node, path: fields.keyPath("qualify"))
        }

        return Round(
            id: RoundID(id), name: name, max: max, weight: weight, aggregate: aggregate,
            judges: judges, criteria: criteria, qualify: qualify, maxSpread: try fields.points("max_spread"),
            doubleEntry: try fields.flag("double_entry") ?? false)
    }

    private func criterion(_ node: Node, path: String) throws(Refusal) -> Criterion {
        let fields = try Fields(
            node, path: path, allowed: ["id", "name", "max"], expected: .criterion, reader: self)
        let id = try fields.text("id", required: .criterionID)
        return Criterion(
            id: CriterionID(id), name: try fields.text("name") ?? id,
            max: try fields.points("max", required: .criterionMax))
    }

    private func qualification(_ node: Node, path: String) throws(Refusal) -> Qualification {
        let fields = try Fields(
            node, path: path, allowed: ["after", "top", "min_score"],
            expected: .qualification, reader: self)
        let after = try fields.text("after", required: .qualifyAfter)
        let cut: Qualification.Cut
        switch (try fields.whole("top"), try fields.points("min_score")) {
        case (let top?, nil): cut = .top(top)
        case (nil, let minScore?): cut = .minScore(minScore)
        case (nil, nil):
            throw error(path, at: node, .qualifyCutMissing)
        case (_?, _?):
            throw error(path, at: node, .qualifyCutTwice)
        }
        return Qualification(after: RoundID(after), cut: cut)
    }

    private func tieBreakKey(_ node: Node, path: String) throws(Refusal) -> TieBreakKey {
        // `- time: practical` (a space after the colon) reads as a mapping; take it as meant.
        if case .mapping(let mapping) = node, mapping.count == 1, let (key, value) = mapping.first,
            key.scalar?.string == "time", case .scalar(let round) = value, !isNull(value)
        {
            let id = round.string.trimmingSpaces
            guard !id.isEmpty else { throw error(path, at: node, .badTieBreak) }
            return .time(RoundID(id))
        }
        guard case .scalar(let scalar) = node else { throw error(path, at: node, .badTieBreak) }
        let text = scalar.string
        if text.hasPrefix("time:") {
            let id = text.dropFirst("time:".count).trimmingSpaces
            guard !id.isEmpty else {
                throw error(path, at: node, .timeNeedsRound)
            }
            return .time(RoundID(id))
        }
        guard !text.trimmingSpaces.isEmpty else { throw error(path, at: node, .badTieBreak) }
        return .round(RoundID(text))
    }

    private func prizeTier(_ node: Node, path: String) throws(Refusal) -> PrizeTier {
        let fields = try Fields(
            node, path: path, allowed: ["name", "count", "percent", "title", "min_total"],
            expected: .prize, reader: self)
        let name = try fields.name("name", required: .prizeName)
        let quota: PrizeTier.Quota
        switch (try fields.whole("count"), try fields.points("percent")) {
        case (let count?, nil): quota = .count(count)
        case (nil, let percent?): quota = .percent(Percent(percent))
        case (nil, nil):
            throw error(path, at: node, .prizeQuotaMissing)
        case (_?, _?):
            throw error(path, at: node, .prizeQuotaTwice)
        }
        return PrizeTier(
            name: name, quota: quota, title: try fields.text("title"), minTotal: try fields.points("min_total"))
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
