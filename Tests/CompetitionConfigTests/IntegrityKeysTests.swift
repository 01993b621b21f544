import Foundation
import ScoringCore
import Testing

@testable import CompetitionConfig

/// `panels:` and a round's `double_entry:`, added to the refusal tests' `demo` file.
struct IntegrityKeysTests {
    static let prize = "  - { name: 一等奖, count: 2 }\n"
    /// Lines 32–36 of the file (after four more judges).
    static let panels = """
        panels:
          - { trade: nursery, round: theory, judges: [J1] }
          - trade: nursery
            round: practical
            judges: [J1, J2, J3, J4, J5]

        """
    static let fiveJudges =
        "  - { id: J1, name: 王芳 }\n" + (2...5).map { "  - { id: J\($0), name: 裁判\($0) }\n" }.joined()

    static func withPanels(_ panels: String = panels) -> String {
        demo.replacingOccurrences(of: prize, with: prize + panels)
            .replacingOccurrences(of: "  - { id: J1, name: 王芳 }\n", with: fiveJudges)
    }

    @Test func panelsAndDoubleEntryAreRead() throws {
        let text = Self.withPanels().replacingOccurrences(
            of: "aggregate: single", with: "aggregate: single\n    double_entry: true")
        let competition = try CompetitionFile.parse(text, file: "demo.yaml")
        #expect(
            competition.panels == [
                Panel(trade: "nursery", round: "theory", judges: ["J1"]),
                Panel(trade: "nursery", round: "practical", judges: ["J1", "J2", "J3", "J4", "J5"]),
            ])
        #expect(competition.rounds.map(\.doubleEntry) == [true, false])
        #expect(try CompetitionFile.parse(demo, file: "demo.yaml").panels.isEmpty)
    }

    @Test(arguments: [
        (
            "judges: [J1, J2, J3, J4, J5]", "judges: [J1, J2, J3, J4, J9]",
            "demo.yaml:36:30: panels[1].judges[4]: \"J9\" — no judge has this id or name; judges are J1, J2, J3, J4, J5"
        ),
        (
            "judges: [J1, J2, J3, J4, J5]", "judges: [J1, J2, J3, J4, J1]",
            "demo.yaml:36:30: panels[1].judges[4]: \"J1\" — the judge is named twice in this panel"
        ),
        (
            "judges: [J1, J2, J3, J4, J5]", "judges: [J1, J2, J3, J4]",
            "demo.yaml:36:13: panels[1].judges: J1, J2, J3, J4 — round practical takes 5 judges' marks but the panel names 4"
        ),
        (
            "round: practical", "round: theory",
            "demo.yaml:34:5: panels[1]: nursery / theory — repeats panels[0]: one panel per trade and round"
        ),
        (
            "round: practical", "round: final",
            "demo.yaml:35:12: panels[1].round: \"final\" — no round has this id or name; rounds are theory, practical"
        ),
        (
            "  - { trade: nursery, round: theory, judges: [J1] }\n", "",
            "demo.yaml:32:1: panels: nursery / theory — no panel for trade nursery, round theory; when panels are declared, every trade and round needs one"
        ),
        (
            "{ trade: nursery, round: theory, judges: [J1] }", "{ trade: nursery, round: theory, judge: [J1] }",
            "demo.yaml:33:38: panels[0].judge: [J1] — unknown key; expected one of trade, round, judges (did you mean judges?)"
        ),
        (
            "{ trade: nursery, round: theory, judges: [J1] }", "{ trade: nursery, round: theory, judges: J1 }",
            "demo.yaml:33:46: panels[0].judges: \"J1\" — expected a list of judge ids, e.g. [J1, J2, J3]"
        ),
    ])
    func aBadPanelIsRefusedAtItsPlace(old: String, new: String, message: String) {
        let text = Self.withPanels(Self.panels.replacingOccurrences(of: old, with: new))
        do {
            _ = try CompetitionFile.parse(text, file: "demo.yaml")
            Issue.record("accepted, expected: \(message)")
        } catch {
            #expect(english(error) == message)
        }
    }

    @Test func doubleEntryIsTrueOrFalse() {
        let text = demo.replacingOccurrences(of: "aggregate: single", with: "aggregate: single\n    double_entry: yes")
        #expect(throws: (any Error).self) { try CompetitionFile.parse(text, file: "demo.yaml") }
        do {
            _ = try CompetitionFile.parse(text, file: "demo.yaml")
        } catch {
            #expect(english(error) == "demo.yaml:12:19: rounds[0].double_entry: \"yes\" — expected true or false")
        }
    }
}
