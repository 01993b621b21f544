import ArgumentParser
import ScoringCore

extension ScoreEnter {
    /// `score enter` in its plain form, read without ArgumentParser: `--name value` options,
    /// `--replace` and the score, each at most once, in any order. ArgumentParser's parse reflects
    /// on every type on the command's path, and each first runtime conformance lookup scans all
    /// ~9 800 conformance records of the static binary: 27 M of a typed mark's 63 M instructions
    /// (BENCHMARKS.md). Anything else (`--help`, `--tz`, `--name=value`, a value starting with
    /// `-`, a repeated, unknown or missing option, a failed `validate()`) gives nil, and
    /// ArgumentParser parses and words it as before. `ScoreEnterShortcutTests` holds the two to
    /// the same values.
    static func shortcut(_ arguments: [String]) -> ScoreEnter? {
        guard arguments.count > 2, arguments[0] == "score", arguments[1] == "enter" else { return nil }
        var db: String?
        var judge: String?
        var number: String?
        var round: String?
        var criterion: String?
        var clerk: String?
        var score: String?
        var replace = false
        var tokens = arguments.dropFirst(2).makeIterator()
        while let token = tokens.next() {
            if token == "--replace" {
                guard !replace else { return nil }
                replace = true
                continue
            }
            guard token.hasPrefix("-") else {
                guard score == nil, !token.isEmpty else { return nil }
                score = token
                continue
            }
            guard let value = tokens.next(), !value.isEmpty, !value.hasPrefix("-") else { return nil }
            switch token {
            case "--db": guard take(value, into: &db) else { return nil }
            case "--judge": guard take(value, into: &judge) else { return nil }
            case "--number": guard take(value, into: &number) else { return nil }
            case "--round": guard take(value, into: &round) else { return nil }
            case "--criterion": guard take(value, into: &criterion) else { return nil }
            case "--clerk": guard take(value, into: &clerk) else { return nil }
            default: return nil
            }
        }
        guard let judge = judge.flatMap(JudgeID.init(argument:)),
            let number = number.flatMap(CompetitorNumber.init(argument:)),
            let round = round.flatMap(RoundID.init(argument:)),
            let score
        else { return nil }
        var typedCriterion: CriterionID?
        if let criterion {
            guard let id = CriterionID(argument: criterion) else { return nil }
            typedCriterion = id
        }
        // Every property set, as ArgumentParser's decoding sets them; the same validations run.
        var database = DatabaseOptions()
        database.db = db
        database.tz = nil
        var mark = MarkOptions()
        mark.judge = judge
        mark.number = number
        mark.round = round
        mark.criterion = typedCriterion
        var command = ScoreEnter()
        command.database = database
        command.mark = mark
        command.clerk = clerk
        command.replace = replace
        command.score = score
        do {
            try database.validate()
            try mark.validate()
            try command.validate()
        } catch {
            return nil
        }
        return command
    }

    /// An option's value, the first time it is given; false when it was given before.
    private static func take(_ value: String, into slot: inout String?) -> Bool {
        guard slot == nil else { return false }
        slot = value
        return true
    }
}
