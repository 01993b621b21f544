import ScoringCore
import Testing

@testable import CompetitionConfig

/// `max_spread` on a round: an exact decimal like `max`, with located refusals.
struct MaxSpreadConfigTests {
    static let practicalJudges = "    judges: 5\n"

    @Test func maxSpreadIsReadExactly() throws {
        let text = demo.replacingOccurrences(
            of: Self.practicalJudges, with: Self.practicalJudges + "    max_spread: 12.5\n")
        let competition = try CompetitionFile.parse(text, file: "demo.yaml")
        #expect(competition.round("practical")?.maxSpread == Points(hundredths: 1250))
        #expect(competition.round("theory")?.maxSpread == nil)
    }

    @Test(arguments: [
        ("12.345", "demo.yaml:18:17: rounds[1].max_spread: 12.345 — a mark has at most 2 decimal places"),
        ("-1", "demo.yaml:18:17: rounds[1].max_spread: -1 — a mark cannot be negative"),
        ("wide", #"demo.yaml:18:17: rounds[1].max_spread: "wide" — not a mark: expected a number like 86 or 86.50"#),
        (
            "100.01",
            "demo.yaml:18:17: rounds[1].max_spread: 100.01 — max_spread is above the round's max of 100, so it never flags anyone"
        ),
    ])
    func aBadMaxSpreadIsRefusedAtItsPlace(spread: String, message: String) {
        RefusedEdit(Self.practicalJudges, Self.practicalJudges + "    max_spread: \(spread)\n", message).check()
    }

    @Test func aRoundWithOneMarkCannotHaveASpread() {
        RefusedEdit(
            "    aggregate: single\n", "    aggregate: single\n    max_spread: 5\n",
            "demo.yaml:12:17: rounds[0].max_spread: 5 — this round takes one judge's mark, so its marks cannot differ"
        ).check()
    }
}
