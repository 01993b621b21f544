import ArgumentParser
import ScoringCore
import Testing

@testable import judge

/// `score enter`'s shortcut past ArgumentParser reads the plain form exactly as ArgumentParser
/// does, and leaves everything else to it (help, usage errors and their wording included).
struct ScoreEnterShortcutTests {
    /// What a parsed `score enter` holds.
    struct Fields: Equatable {
        var db: String?
        var tz: String?
        var judge: JudgeID
        var number: CompetitorNumber
        var round: RoundID
        var criterion: CriterionID?
        var clerk: String?
        var replace: Bool
        var score: String

        init(_ command: ScoreEnter) {
            db = command.database.db
            tz = command.database.tz
            judge = command.mark.judge
            number = command.mark.number
            round = command.mark.round
            criterion = command.mark.criterion
            clerk = command.clerk
            replace = command.replace
            score = command.score
        }
    }

    @Test(arguments: [
        [
            "score", "enter", "--judge", "J1", "--number", "501", "--round", "practical", "--criterion", "prep", "12.5",
            "--replace",
        ],
        ["score", "enter", "12.5", "--judge", "J1", "--number", "7", "--round", "theory"],
        [
            "score", "enter", "--db", "二号场.sqlite", "--clerk", "王芳", "--round", "practical", "--number", "012",
            "--judge",
            "J2", "85",
        ],
        [
            "score", "enter", "--replace", "--judge", "J3", "--number", "9", "--criterion", "skill", "--round", "final",
            "abc",
        ],
        ["score", "enter", "--judge", " J1 ", "--number", "1", "--round", "r", "7.005"],
    ])
    func thePlainFormIsReadAsArgumentParserReadsIt(arguments: [String]) throws {
        let shortcut = try #require(ScoreEnter.shortcut(arguments))
        let parsed = try #require(try Judge.parseAsRoot(arguments) as? ScoreEnter)
        #expect(Fields(shortcut) == Fields(parsed))
    }

    @Test(arguments: [
        ["score", "enter", "--help"],
        ["score", "enter", "-h"],
        ["score", "enter"],
        ["score", "correct", "--judge", "J1", "--number", "1", "--round", "r", "--reason", "x", "5"],
        ["score", "enter", "--judge=J1", "--number", "1", "--round", "r", "5"],
        ["score", "enter", "--judge", "J1", "--number", "1", "--round", "r", "--tz", "Asia/Shanghai", "5"],
        ["score", "enter", "--judge", "J1", "--judge", "J2", "--number", "1", "--round", "r", "5"],
        ["score", "enter", "--judge", "J1", "--number", "1", "--round", "r", "-5"],
        ["score", "enter", "--judge", "J1", "--number", "1", "--round", "r", "--", "5"],
        ["score", "enter", "--judge", "J1", "--number", "1", "--round", "r"],
        ["score", "enter", "--judge", "J1", "--number", "1", "5"],
        ["score", "enter", "--judge", "J1", "--number", "1", "--round", "r", "5", "6"],
        ["score", "enter", "--judge", "J1", "--number", "1", "--round", "r", "5", "--replace", "--replace"],
        ["score", "enter", "--judge", "J1", "--number", "1", "--round", "r", "5", "--bogus", "x"],
        ["score", "enter", "--judge", "--number", "1", "--round", "r", "5"],
        ["score", "enter", "--judge", "", "--number", "1", "--round", "r", "5"],
        ["score", "enter", "--judge", "J1", "--number", "1", "--round", "r", ""],
        ["score", "enter", "--judge", "J1", "--number", "1", "--round", "r", "5", "--clerk"],
    ])
    func everythingElseIsLeftToArgumentParser(arguments: [String]) {
        #expect(ScoreEnter.shortcut(arguments) == nil)
    }
}
