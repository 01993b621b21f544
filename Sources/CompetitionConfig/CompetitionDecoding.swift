import ScoringCore
import Yams

/// Builds the model from the composed tree; checks shape and types only.
/// The rules of SCORING.md §9 are `Competition.validate()`'s.
extension Reader {
    func competition(from root: Node) throws(CompetitionFileError) -> Competition {
        let top = try Fields(
            root, path: "",
            allowed: [
                "competition", "trades", "rounds", "judges", "tie_break", "percent_rounding", "prizes", "panels",
                "clerks", "notice_days_min",
            ],
            expected:
                "a mapping with the keys competition, trades, rounds, judges, tie_break, percent_rounding, prizes, panels, clerks and notice_days_min",
            reader: self)

        let header = try Fields(
            top.required("competition", "a competition file starts with competition: { id, name }"),
            path: "competition", allowed: ["id", "name", "organizer", "contact", "signatures"],
            expected: "a mapping: { id, name, organizer, contact, signatures }", reader: self)
        let id = try header.text("id", required: "the competition needs an id (letters, digits, '-' and '_')")
        let name = try header.name("name", required: "the competition needs a name")
        let documents = try documentSettings(header)

        var trades: [Trade] = []
        for item in try items(
            top.required("trades", "a competition needs its trades: a list of { id, name }"), path: "trades",
            expected: "a list of trades, each { id, name }")
        {
            trades.append(try trade(item.node, path: item.path))
        }

        var rounds: [Round] = []
        for item in try items(
            top.required("rounds", "a competition needs its rounds, in competition order"), path: "rounds",
            expected: "a list of rounds, in competition order")
        {
            rounds.append(try round(item.node, path: item.path))
        }

        var judges: [Judge] = []
        if let list = top.value("judges") {
            for item in try items(list, path: "judges", expected: "a list of judges, each { id, name, unit }") {
                judges.append(try judge(item.node, path: item.path))
            }
        }

        var tieBreak: [TieBreakKey] = []
        if let list = top.value("tie_break") {
            for item in try items(
                list, path: "tie_break", expected: "a list of round ids or time:<round id>, e.g. [practical, theory]")
            {
                tieBreak.append(try tieBreakKey(item.node, path: item.path))
            }
        }

        var percentRounding = PercentRounding.floor
        if let node = top.value("percent_rounding") {
            let text = try text(node, path: "percent_rounding")
            guard let rounding = PercentRounding(rawValue: text) else {
                throw error("percent_rounding", at: node, problem: "unknown rounding; use floor or half-up")
            }
            percentRounding = rounding
        }

        var prizes: [PrizeTier] = []
        if let list = top.value("prizes") {
            for item in try items(
                list, path: "prizes",
                expected: "a list of prize tiers, best first, each { name, count or percent, title, min_total }")
            {
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

    private func trade(_ node: Node, path: String) throws(CompetitionFileError) -> Trade {
        let fields = try Fields(
            node, path: path, allowed: ["id", "name"], expected: "a trade: { id, name }", reader: self)
        return Trade(
            id: TradeID(try fields.text("id", required: "a trade needs an id")),
            name: try fields.name("name", required: "a trade needs a name"))
    }

    private func judge(_ node: Node, path: String) throws(CompetitionFileError) -> Judge {
        let fields = try Fields(
            node, path: path, allowed: ["id", "name", "unit", "chief"], expected: "a judge: { id, name, unit, chief }",
            reader: self)
        let id = try fields.text("id", required: "a judge needs an id")
        return Judge(
            id: JudgeID(id), name: try fields.text("name") ?? id, unit: try fields.text("unit") ?? "",
            chief: try fields.flag("chief") ?? false)
    }

    private func round(_ node: Node, path: String) throws(CompetitionFileError) -> Round {
        let fields = try Fields(
            node, path: path,
            allowed: [
                "id", "name", "max", "weight", "aggregate", "trim", "judges", "criteria", "qualify", "max_spread",
                "double_entry",
            ],
            expected:
                "a round: { id, name, max, weight, aggregate, judges, criteria, qualify, max_spread, double_entry }",
            reader: self)
        let id = try fields.text("id", required: "a round needs an id")
        let name = try fields.name("name", required: "a round needs a name")
        let max = try fields.points("max", required: "a round needs a max (its full marks, e.g. 100)")
        let weight = try fields.points("weight", required: "a round needs a weight (percent of the total)")

        var aggregate = Aggregation.mean
        if let node = fields.value("aggregate") {
            switch try text(node, path: fields.keyPath("aggregate")) {
            case "single": aggregate = .single
            case "mean": aggregate = .mean
            case "trimmed-mean": aggregate = .trimmedMean(trim: 1)
            case "median": aggregate = .median
            default:
                throw error(
                    fields.keyPath("aggregate"), at: node,
                    problem: "unknown method; use single, mean, trimmed-mean or median")
            }
        }
        if let trim = try fields.whole("trim") {
            guard case .trimmedMean = aggregate else {
                throw error(
                    fields.keyPath("trim"), at: fields.value("trim")!,
                    problem: "trim applies only to aggregate: trimmed-mean; this round's method is \(aggregate)")
            }
            aggregate = .trimmedMean(trim: trim)
        }
        let judges = try fields.whole("judges")

        var criteria: [Criterion] = []
        if let list = fields.value("criteria") {
            for item in try items(
                list, path: fields.keyPath("criteria"), expected: "a list of criteria, each { id, name, max }")
            {
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

    private func criterion(_ node: Node, path: String) throws(CompetitionFileError) -> Criterion {
        let fields = try Fields(
            node, path: path, allowed: ["id", "name", "max"], expected: "a criterion: { id, name, max }", reader: self)
        let id = try fields.text("id", required: "a criterion needs an id")
        return Criterion(
            id: CriterionID(id), name: try fields.text("name") ?? id,
            max: try fields.points("max", required: "a criterion needs a max"))
    }

    private func qualification(_ node: Node, path: String) throws(CompetitionFileError) -> Qualification {
        let fields = try Fields(
            node, path: path, allowed: ["after", "top", "min_score"],
            expected: "{ after: <round id>, top: <n> } or { after: <round id>, min_score: <score> }", reader: self)
        let after = try fields.text("after", required: "a qualification needs after: <the earlier round's id>")
        let cut: Qualification.Cut
        switch (try fields.whole("top"), try fields.points("min_score")) {
        case (let top?, nil): cut = .top(top)
        case (nil, let minScore?): cut = .minScore(minScore)
        case (nil, nil):
            throw error(path, at: node, problem: "give either top (best n go through) or min_score")
        case (_?, _?):
            throw error(path, at: node, problem: "give top or min_score, not both")
        }
        return Qualification(after: RoundID(after), cut: cut)
    }

    private func tieBreakKey(_ node: Node, path: String) throws(CompetitionFileError) -> TieBreakKey {
        let malformed = "a tie-break is a round id (higher score wins) or time:<round id> (less time wins)"
        // `- time: practical` (a space after the colon) reads as a mapping; take it as meant.
        if case .mapping(let mapping) = node, mapping.count == 1, let (key, value) = mapping.first,
            key.scalar?.string == "time", case .scalar(let round) = value, !isNull(value)
        {
            let id = round.string.trimmingSpaces
            guard !id.isEmpty else { throw error(path, at: node, problem: malformed) }
            return .time(RoundID(id))
        }
        guard case .scalar(let scalar) = node else { throw error(path, at: node, problem: malformed) }
        let text = scalar.string
        if text.hasPrefix("time:") {
            let id = text.dropFirst("time:".count).trimmingSpaces
            guard !id.isEmpty else {
                throw error(path, at: node, problem: "time: needs a round id, e.g. time:practical")
            }
            return .time(RoundID(id))
        }
        guard !text.trimmingSpaces.isEmpty else { throw error(path, at: node, problem: malformed) }
        return .round(RoundID(text))
    }

    private func prizeTier(_ node: Node, path: String) throws(CompetitionFileError) -> PrizeTier {
        let fields = try Fields(
            node, path: path, allowed: ["name", "count", "percent", "title", "min_total"],
            expected: "a prize tier: { name, count or percent, title, min_total }", reader: self)
        let name = try fields.name("name", required: "a prize tier needs a name")
        let quota: PrizeTier.Quota
        switch (try fields.whole("count"), try fields.points("percent")) {
        case (let count?, nil): quota = .count(count)
        case (nil, let percent?): quota = .percent(Percent(percent))
        case (nil, nil):
            throw error(path, at: node, problem: "a prize tier needs either count or percent")
        case (_?, _?):
            throw error(path, at: node, problem: "a prize tier takes count or percent, not both")
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
