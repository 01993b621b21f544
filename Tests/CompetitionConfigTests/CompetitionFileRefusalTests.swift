import Foundation
import ScoringCore
import Testing

@testable import CompetitionConfig

/// A valid competition file; each refusal changes one piece of it.
///
///      1 competition:
///      6 rounds:
///      7   - id: theory          (rounds[0], the mapping starts at 7:5)
///     12   - id: practical       (rounds[1])
///     18     criteria:
///     22     qualify: { after: theory, top: 10 }
///     25 tie_break: [practical, theory]
///     27   - { name: 一等奖, count: 2 }
let demo = """
    competition:
      id: demo
      name: Demo
    trades:
      - { id: nursery, name: 育婴员 }
    rounds:
      - id: theory
        name: 理论知识
        max: 100
        weight: 30
        aggregate: single
      - id: practical
        name: 实际操作
        max: 100
        weight: 70
        aggregate: trimmed-mean
        judges: 5
        criteria:
          - { id: prep, name: 操作准备, max: 20 }
          - { id: skill, name: 操作技能, max: 60 }
          - { id: care, name: 人文关怀, max: 20 }
        qualify: { after: theory, top: 10 }
    judges:
      - { id: J1, name: 王芳 }
    tie_break: [practical, theory]
    prizes:
      - { name: 一等奖, count: 2 }

    """

/// `demo` with `old` (which must occur exactly once) replaced by `new`, refused with `message`.
struct RefusedEdit: CustomTestStringConvertible, Sendable {
    let old: String
    let new: String
    let message: String

    init(_ old: String, _ new: String, _ message: String) {
        self.old = old
        self.new = new
        self.message = message
    }

    var testDescription: String { message }

    func check() {
        #expect(demo.components(separatedBy: old).count == 2, "\(old) must occur exactly once")
        let text = demo.replacingOccurrences(of: old, with: new)
        do {
            _ = try CompetitionFile.parse(text, file: "demo.yaml")
            Issue.record("accepted, expected: \(message)")
        } catch {
            #expect(english(error) == message)
        }
    }
}

struct CompetitionFileRefusalTests {
    @Test func theBaseDocumentIsValid() throws {
        _ = try CompetitionFile.parse(demo, file: "demo.yaml")
    }

    /// SCORING.md §9: the checks of `Competition.validate()`, placed on the file's key.
    @Test(arguments: [
        RefusedEdit(
            "weight: 70", "weight: 60",
            "demo.yaml:6:1: rounds: weights 30 + 60 — weights sum to 90, they must sum to exactly 100"),
        RefusedEdit(
            "    max: 100\n    weight: 30", "    max: 0\n    weight: 30",
            "demo.yaml:9:10: rounds[0].max: 0 — a round's max must be positive"),
        RefusedEdit(
            "{ id: skill, name: 操作技能, max: 60 }", "{ id: skill, name: 操作技能, max: 50 }",
            "demo.yaml:18:5: rounds[1].criteria: 20 + 50 + 20 — maxima sum to 90, round max is 100"),
        RefusedEdit(
            "{ id: care, name: 人文关怀, max: 20 }", "{ id: care, name: 人文关怀, max: 0 }",
            "demo.yaml:21:38: rounds[1].criteria[2].max: 0 — a criterion's max must be positive"),
        RefusedEdit(
            "judges: 5", "judges: 2",
            "demo.yaml:17:13: rounds[1].judges: 2 — trimmed-mean with trim 1 needs at least 3 judges' marks"),
        RefusedEdit(
            "judges: 5", "judges: 4\n    trim: 2",
            "demo.yaml:17:13: rounds[1].judges: 4 — trimmed-mean with trim 2 needs at least 5 judges' marks"),
        RefusedEdit(
            "aggregate: single", "aggregate: single\n    judges: 2",
            "demo.yaml:12:13: rounds[0].judges: 2 — aggregate single takes exactly 1 mark"),
        RefusedEdit(
            "[practical, theory]", "[practical, time:thoery]",
            "demo.yaml:25:24: tie_break[1]: \"time:thoery\" — no round has this id or name; rounds are theory, practical"
        ),
        RefusedEdit(
            "after: theory", "after: theroy",
            "demo.yaml:22:23: rounds[1].qualify.after: \"theroy\" — no round has this id or name; rounds are theory, practical"
        ),
        RefusedEdit(
            "after: theory", "after: practical",
            "demo.yaml:22:23: rounds[1].qualify.after: \"practical\" — a round can only qualify after an earlier round, not the same or a later one"
        ),
        RefusedEdit(
            "    aggregate: single\n", "    aggregate: single\n    qualify: { after: practical, top: 5 }\n",
            "demo.yaml:12:23: rounds[0].qualify.after: \"practical\" — a round can only qualify after an earlier round, not the same or a later one"
        ),
        RefusedEdit(
            "top: 10", "top: 0",
            "demo.yaml:22:36: rounds[1].qualify.top: 0 — top must be at least 1"),
        RefusedEdit(
            "id: practical", "id: theory",
            "demo.yaml:12:9: rounds[1].id: \"theory\" — repeats rounds[0].id"),
        RefusedEdit(
            "{ id: skill,", "{ id: prep,",
            "demo.yaml:20:15: rounds[1].criteria[1].id: \"prep\" — repeats rounds[1].criteria[0].id"),
        RefusedEdit(
            "  - { id: nursery, name: 育婴员 }", "  - { id: nursery, name: 育婴员 }\n  - { id: nursery, name: 家庭照护员 }",
            "demo.yaml:6:11: trades[1].id: \"nursery\" — repeats trades[0].id"),
        RefusedEdit(
            "  - { id: J1, name: 王芳 }", "  - { id: J1, name: 王芳 }\n  - { id: J1, name: 李明 }",
            "demo.yaml:25:11: judges[1].id: \"J1\" — repeats judges[0].id"),
        RefusedEdit(
            "  - { id: J1, name: 王芳 }", "  - { id: \"\", name: 王芳 }",
            "demo.yaml:24:11: judges[0].id: \"\" — an id is required"),
        RefusedEdit(
            "  id: demo", "  id: 顺义 2024",
            "demo.yaml:2:7: competition.id: \"顺义 2024\" — use letters, digits, '-' and '_' only"),
        RefusedEdit(
            "trades:\n  - { id: nursery, name: 育婴员 }", "trades: []",
            "demo.yaml:4:9: trades: [] — a competition needs at least one trade"),
        RefusedEdit(
            "{ name: 一等奖, count: 2 }", "{ name: 一等奖, count: -1 }",
            "demo.yaml:27:25: prizes[0].count: -1 — a count cannot be negative"),
        RefusedEdit(
            "{ name: 一等奖, count: 2 }", "{ name: 一等奖, percent: 100.5 }",
            "demo.yaml:27:27: prizes[0].percent: 100.5 — a percent is between 0 and 100"),
    ])
    func validationRefusals(_ refusal: RefusedEdit) {
        refusal.check()
    }

    @Test(arguments: [
        ("rounds: []\n", "demo.yaml:6:9: rounds: [] — a competition needs at least one round"),
        ("", "demo.yaml:1:1: rounds: (missing) — a competition needs its rounds, in competition order"),
    ])
    func aCompetitionWithoutRoundsIsRefused(_ replacement: String, _ message: String) throws {
        let rounds = try #require(demo.range(of: "rounds:\n")).lowerBound
        let judges = try #require(demo.range(of: "judges:\n")).lowerBound
        let text = demo.replacingCharacters(in: rounds..<judges, with: replacement)
        do {
            _ = try CompetitionFile.parse(text, file: "demo.yaml")
            Issue.record("accepted, expected: \(message)")
        } catch {
            #expect(english(error) == message)
        }
    }

    /// The shape of the file: keys, types, methods, exclusive choices.
    @Test(arguments: [
        RefusedEdit(
            "aggregate: single", "aggregate: avg",
            "demo.yaml:11:16: rounds[0].aggregate: \"avg\" — unknown method; use single, mean, trimmed-mean or median"),
        RefusedEdit(
            "aggregate: single", "aggregate: single\n    trim: 1",
            "demo.yaml:12:11: rounds[0].trim: 1 — trim applies only to aggregate: trimmed-mean; this round's method is single"
        ),
        RefusedEdit(
            "    weight: 30\n", "    weight: 30\n    trim: 1\n",
            "demo.yaml:11:11: rounds[0].trim: 1 — trim applies only to aggregate: trimmed-mean; this round's method is single"
        ),
        RefusedEdit(
            "    max: 100\n    weight: 30\n    aggregate: single", "    max: 100\n    weight: 30\n    trim: 1",
            "demo.yaml:11:11: rounds[0].trim: 1 — trim applies only to aggregate: trimmed-mean; this round's method is mean"
        ),
        RefusedEdit(
            "{ name: 一等奖, count: 2 }", "{ name: 一等奖 }",
            "demo.yaml:27:5: prizes[0]: { name: 一等奖 } — a prize tier needs either count or percent"),
        RefusedEdit(
            "{ name: 一等奖, count: 2 }", "{ name: 一等奖, count: 2, percent: 30 }",
            "demo.yaml:27:5: prizes[0]: { name: 一等奖, count: 2, percent: 30 } — a prize tier takes count or percent, not both"
        ),
        RefusedEdit(
            "{ after: theory, top: 10 }", "{ after: theory }",
            "demo.yaml:22:14: rounds[1].qualify: { after: theory } — give either top (best n go through) or min_score"),
        RefusedEdit(
            "{ after: theory, top: 10 }", "{ after: theory, top: 10, min_score: 80 }",
            "demo.yaml:22:14: rounds[1].qualify: { after: theory, top: 10, min_score: 80 } — give top or min_score, not both"
        ),
        RefusedEdit(
            "{ after: theory, top: 10 }", "{ top: 10 }",
            "demo.yaml:22:14: rounds[1].qualify.after: (missing) — a qualification needs after: <the earlier round's id>"
        ),
        RefusedEdit(
            "tie_break: [practical, theory]", "tie_break: [practical, theory]\npercent_rounding: round",
            "demo.yaml:26:19: percent_rounding: \"round\" — unknown rounding; use floor or half-up"),
        RefusedEdit(
            "[practical, theory]", "[practical, \"time:\"]",
            "demo.yaml:25:24: tie_break[1]: \"time:\" — time: needs a round id, e.g. time:practical"),
        RefusedEdit(
            "[practical, theory]", "[practical, \"\"]",
            "demo.yaml:25:24: tie_break[1]: \"\" — a tie-break is a round id (higher score wins) or time:<round id> (less time wins)"
        ),
        RefusedEdit(
            "[practical, theory]", "[practical, [theory]]",
            "demo.yaml:25:24: tie_break[1]: [theory] — a tie-break is a round id (higher score wins) or time:<round id> (less time wins)"
        ),
        RefusedEdit(
            "[practical, theory]", "[practical, { score: theory }]",
            "demo.yaml:25:24: tie_break[1]: { score: theory } — a tie-break is a round id (higher score wins) or time:<round id> (less time wins)"
        ),
        RefusedEdit(
            "tie_break: [practical, theory]", "tie_break: practical",
            "demo.yaml:25:12: tie_break: \"practical\" — expected a list of round ids or time:<round id>, e.g. [practical, theory]"
        ),
    ])
    func shapeRefusals(_ refusal: RefusedEdit) {
        refusal.check()
    }

    /// Typo protection: every mapping names the keys it takes.
    @Test(arguments: [
        RefusedEdit(
            "    weight: 30\n", "    wieght: 30\n",
            "demo.yaml:10:5: rounds[0].wieght: 30 — unknown key; expected one of id, name, max, weight, aggregate, trim, judges, criteria, qualify, max_spread, double_entry (did you mean weight?)"
        ),
        RefusedEdit(
            "tie_break:", "tiebreak:",
            "demo.yaml:25:1: tiebreak: [practical, theory] — unknown key; expected one of competition, trades, rounds, judges, tie_break, percent_rounding, prizes, panels, clerks, notice_days_min (did you mean tie_break?)"
        ),
        RefusedEdit(
            "  name: Demo", "  name: Demo\n  year: 2024",
            "demo.yaml:4:3: competition.year: 2024 — unknown key; expected one of id, name, organizer, contact, signatures"
        ),
        RefusedEdit(
            "{ id: prep, name: 操作准备, max: 20 }", "{ id: prep, name: 操作准备, maximum: 20 }",
            "demo.yaml:19:33: rounds[1].criteria[0].maximum: 20 — unknown key; expected one of id, name, max"),
        RefusedEdit(
            "{ after: theory, top: 10 }", "{ after: theory, minscore: 80 }",
            "demo.yaml:22:31: rounds[1].qualify.minscore: 80 — unknown key; expected one of after, top, min_score (did you mean min_score?)"
        ),
        RefusedEdit(
            "{ id: J1, name: 王芳 }", "{ id: J1, name: 王芳, unti: 区总工会 }",
            "demo.yaml:24:25: judges[0].unti: \"区总工会\" — unknown key; expected one of id, name, unit, chief (did you mean unit?)"
        ),
        RefusedEdit(
            "{ name: 一等奖, count: 2 }", "{ name: 一等奖, count: 2, min: 60 }",
            "demo.yaml:27:28: prizes[0].min: 60 — unknown key; expected one of name, count, percent, title, min_total"),
        RefusedEdit(
            "  - { id: nursery, name: 育婴员 }", "  - { id: nursery, name: 育婴员, nmae: x }",
            "demo.yaml:5:31: trades[0].nmae: \"x\" — unknown key; expected one of id, name (did you mean name?)"),
        RefusedEdit(
            "    weight: 70\n", "    weight: 70\n    weight: 80\n",
            "demo.yaml:16:5: rounds[1].weight: 80 — repeated key; it is already given at line 15, column 5"),
    ])
    func keyRefusals(_ refusal: RefusedEdit) {
        refusal.check()
    }

    /// Required keys: the error points at the mapping that lacks the key.
    @Test(arguments: [
        RefusedEdit(
            "competition:\n  id: demo\n  name: Demo\n", "",
            "demo.yaml:1:1: competition: (missing) — a competition file starts with competition: { id, name }"),
        RefusedEdit(
            "  id: demo\n", "",
            "demo.yaml:2:3: competition.id: (missing) — the competition needs an id (letters, digits, '-' and '_')"),
        RefusedEdit(
            "  name: Demo\n", "",
            "demo.yaml:2:3: competition.name: (missing) — the competition needs a name"),
        RefusedEdit(
            "  name: Demo\n", "  name: \"  \"\n",
            "demo.yaml:3:9: competition.name: \"  \" — the competition needs a name"),
        RefusedEdit(
            "trades:\n  - { id: nursery, name: 育婴员 }\n", "",
            "demo.yaml:1:1: trades: (missing) — a competition needs its trades: a list of { id, name }"),
        RefusedEdit(
            "trades:\n  - { id: nursery, name: 育婴员 }\n", "trades:\n",
            "demo.yaml:4:1: trades: (missing) — a competition needs its trades: a list of { id, name }"),
        RefusedEdit(
            "{ id: nursery, name: 育婴员 }", "{ id: nursery }",
            "demo.yaml:5:5: trades[0].name: (missing) — a trade needs a name"),
        RefusedEdit(
            "{ id: nursery, name: 育婴员 }", "{ name: 育婴员 }",
            "demo.yaml:5:5: trades[0].id: (missing) — a trade needs an id"),
        RefusedEdit(
            "  - id: theory\n", "  - \n",
            "demo.yaml:8:5: rounds[0].id: (missing) — a round needs an id"),
        RefusedEdit(
            "    name: 理论知识\n", "",
            "demo.yaml:7:5: rounds[0].name: (missing) — a round needs a name"),
        RefusedEdit(
            "    max: 100\n    weight: 30\n", "    weight: 30\n",
            "demo.yaml:7:5: rounds[0].max: (missing) — a round needs a max (its full marks, e.g. 100)"),
        RefusedEdit(
            "    weight: 30\n", "",
            "demo.yaml:7:5: rounds[0].weight: (missing) — a round needs a weight (percent of the total)"),
        RefusedEdit(
            "    weight: 30\n", "    weight:\n",
            "demo.yaml:10:5: rounds[0].weight: (missing) — a round needs a weight (percent of the total)"),
        RefusedEdit(
            "{ id: care, name: 人文关怀, max: 20 }", "{ id: care, name: 人文关怀 }",
            "demo.yaml:21:9: rounds[1].criteria[2].max: (missing) — a criterion needs a max"),
        RefusedEdit(
            "{ id: J1, name: 王芳 }", "{ name: 王芳 }",
            "demo.yaml:24:5: judges[0].id: (missing) — a judge needs an id"),
        RefusedEdit(
            "{ name: 一等奖, count: 2 }", "{ count: 2 }",
            "demo.yaml:27:5: prizes[0].name: (missing) — a prize tier needs a name"),
    ])
    func missingKeys(_ refusal: RefusedEdit) {
        refusal.check()
    }

    /// Types and numbers: decimals with at most 2 places, read from the text, never through Double.
    @Test(arguments: [
        RefusedEdit(
            "max: 100\n    weight: 70", "max: 1e2\n    weight: 70",
            "demo.yaml:14:10: rounds[1].max: 1e2 — not a mark: expected a number like 86 or 86.50"),
        RefusedEdit(
            "max: 100\n    weight: 70", "max: .inf\n    weight: 70",
            "demo.yaml:14:10: rounds[1].max: .inf — not a mark: expected a number like 86 or 86.50"),
        RefusedEdit(
            "max: 100\n    weight: 70", "max: 100.005\n    weight: 70",
            "demo.yaml:14:10: rounds[1].max: 100.005 — a mark has at most 2 decimal places"),
        RefusedEdit(
            "max: 100\n    weight: 70", "max: -5\n    weight: 70",
            "demo.yaml:14:10: rounds[1].max: -5 — a mark cannot be negative"),
        RefusedEdit(
            "max: 100\n    weight: 70", "max: 一百\n    weight: 70",
            "demo.yaml:14:10: rounds[1].max: \"一百\" — not a mark: expected a number like 86 or 86.50"),
        RefusedEdit(
            "max: 100\n    weight: 70", "max: [100]\n    weight: 70",
            "demo.yaml:14:10: rounds[1].max: [100] — expected a number like 100 or 12.5, not a list"),
        RefusedEdit(
            "weight: 70", "weight: 0x46",
            "demo.yaml:15:13: rounds[1].weight: 0x46 — not a mark: expected a number like 86 or 86.50"),
        RefusedEdit(
            "{ name: 一等奖, count: 2 }", "{ name: 一等奖, count: 2, min_total: 59.999 }",
            "demo.yaml:27:39: prizes[0].min_total: 59.999 — a mark has at most 2 decimal places"),
        RefusedEdit(
            "top: 10 }", "min_score: 1e1 }",
            "demo.yaml:22:42: rounds[1].qualify.min_score: 1e1 — not a mark: expected a number like 86 or 86.50"),
        RefusedEdit(
            "judges: 5", "judges: 5.0",
            "demo.yaml:17:13: rounds[1].judges: 5.0 — expected a whole number"),
        RefusedEdit(
            "judges: 5", "judges: five",
            "demo.yaml:17:13: rounds[1].judges: \"five\" — expected a whole number"),
        RefusedEdit(
            "judges: 5", "judges: 5\n    trim: 1.5",
            "demo.yaml:18:11: rounds[1].trim: 1.5 — expected a whole number"),
        RefusedEdit(
            "top: 10", "top: 1e1",
            "demo.yaml:22:36: rounds[1].qualify.top: 1e1 — expected a whole number"),
        RefusedEdit(
            "count: 2", "count: 99999999999",
            "demo.yaml:27:25: prizes[0].count: 99999999999 — the number is far too large"),
        RefusedEdit(
            "  name: Demo", "  name: [Demo]",
            "demo.yaml:3:9: competition.name: [Demo] — expected text, not a list"),
        RefusedEdit(
            "trades:\n  - { id: nursery, name: 育婴员 }", "trades: nursery",
            "demo.yaml:4:9: trades: \"nursery\" — expected a list of trades, each { id, name }"),
        RefusedEdit(
            "  - { id: nursery, name: 育婴员 }", "  - nursery",
            "demo.yaml:5:5: trades[0]: \"nursery\" — expected a trade: { id, name }"),
        RefusedEdit(
            "competition:\n  id: demo\n  name: Demo", "competition: demo",
            "demo.yaml:1:14: competition: \"demo\" — expected a mapping: { id, name, organizer, contact, signatures }"),
        RefusedEdit(
            "    criteria:\n      - { id: prep, name: 操作准备, max: 20 }\n      - { id: skill, name: 操作技能, max: 60 }\n      - { id: care, name: 人文关怀, max: 20 }\n",
            "    criteria: prep\n",
            "demo.yaml:18:15: rounds[1].criteria: \"prep\" — expected a list of criteria, each { id, name, max }"),
        RefusedEdit(
            "    qualify: { after: theory, top: 10 }", "    qualify: theory",
            "demo.yaml:22:14: rounds[1].qualify: \"theory\" — expected { after: <round id>, top: <n> } or { after: <round id>, min_score: <score> }"
        ),
    ])
    func typeRefusals(_ refusal: RefusedEdit) {
        refusal.check()
    }

    /// YAML that does not parse: libyaml's line and column, the offending line as the value.
    @Test(arguments: [
        RefusedEdit(
            "    weight: 30", "    weight: 30: 40",
            "demo.yaml:10:15: \"weight: 30: 40\" — the file does not parse as YAML: mapping values are not allowed in this context"
        ),
        RefusedEdit(
            "    weight: 30", "\tweight: 30",
            "demo.yaml:10:1: \"weight: 30\" — the file does not parse as YAML: found a tab character that violates indentation (while scanning a plain scalar at line 9, column 10)"
        ),
        RefusedEdit(
            "  - { id: nursery, name: 育婴员 }", "  - { id: nursery, name: 育婴员",
            "demo.yaml:6:7: \"rounds:\" — the file does not parse as YAML: did not find expected ',' or '}' (while parsing a flow mapping at line 5, column 5)"
        ),
        RefusedEdit(
            "  name: Demo", "  name: \"Demo",
            "demo.yaml:28:1: the file does not parse as YAML: found unexpected end of stream (while scanning a quoted scalar at line 3, column 9)"
        ),
        RefusedEdit(
            "  id: demo", "  id: *demo",
            "demo.yaml:2:7: \"id: *demo\" — the file does not parse as YAML: found undefined alias"),
        RefusedEdit(
            "prizes:", "---\nprizes:",
            "demo.yaml:26:1: \"---\" — the file does not parse as YAML: but found another document (expected a single document in the stream at line 1, column 1)"
        ),
    ])
    func unparsableYAML(_ refusal: RefusedEdit) {
        refusal.check()
    }

    @Test(arguments: [
        ("", "empty.yaml:1:1: the file holds no competition; expected the keys competition, trades and rounds"),
        (
            "# nothing yet\n",
            "empty.yaml:1:1: the file holds no competition; expected the keys competition, trades and rounds"
        ),
        (
            "- a\n- b\n",
            "empty.yaml:1:1: [a, b] — expected a mapping with the keys competition, trades, rounds, judges, tie_break, percent_rounding, prizes, panels, clerks and notice_days_min"
        ),
        (
            "? [a]\n: b\n",
            "empty.yaml:1:3: [a] — a key must be text; expected one of competition, trades, rounds, judges, tie_break, percent_rounding, prizes, panels, clerks, notice_days_min"
        ),
    ])
    func documentsThatAreNoCompetition(_ text: String, _ message: String) {
        do {
            _ = try CompetitionFile.parse(text, file: "empty.yaml")
            Issue.record("accepted, expected: \(message)")
        } catch {
            #expect(english(error) == message)
        }
    }
}
