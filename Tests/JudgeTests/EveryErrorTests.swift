import Foundation
import Testing

/// An import that fails lists every refused row, in file order, each with its place, value
/// and reason, and stores nothing.
struct EveryErrorTests {
    /// The e2e competition with its roster, no marks.
    static func folder() throws -> URL {
        let folder = try temporaryFolder()
        for step in [
            ["init", "--config", JudgeProcess.fixture("e2e/competition.yaml")],
            ["roster", "import", JudgeProcess.fixture("e2e/roster.csv")],
        ] {
            let outcome = try JudgeProcess.run(step, in: folder)
            #expect(outcome.status == 0, "\(step): \(outcome.stderr)")
        }
        return folder
    }

    @Test func aMarksFileWithFiveErrorsReportsAllFive() throws {
        let folder = try Self.folder()
        try folder.write(
            """
            number,round,judge,score,criterion
            1,theory,T1,85.5,
            2,theory,T1,85.123,
            9,theory,T1,80,
            1,final,T1,80,
            2,practical,J1,31,prep
            1,theory,T1,86,
            2,practical,X9,30,prep
            2,practical,J1,50,skill

            """, to: "bad.csv")
        let before = try folder.contents(of: "judge.sqlite")
        let outcome = try JudgeProcess.run(["score", "import", "bad.csv"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr
                == """
                Error: bad.csv: 5 rows refused, nothing was stored; fix them all and import the file again:
                bad.csv:3:4: "85.123" — a mark has at most 2 decimal places
                bad.csv:4:1: "9" — no competitor has this number
                bad.csv:5:2: "final" — no round has this id or name; rounds are theory (理论知识), practical (实际操作)
                bad.csv:7:4: "86" — competitor 1, round theory, judge T1: the same mark is given twice in this file (first at line 2)
                bad.csv:8:3: "X9" — no judge has this id or name; judges are T1 (阅卷组), J1 (王芳), J2 (李明), J3 (赵强), J4 (孙丽)

                """)
        #expect(outcome.stdout.isEmpty)
        #expect(try folder.contents(of: "judge.sqlite") == before)
    }

    @Test func aWrongFieldCountIsListedInItsPlaceAndReadingGoesOn() throws {
        let folder = try Self.folder()
        try folder.write(
            "number,round,judge,score,criterion\n1,theory,T1,85.5\n9,theory,T1,80,\n2,theory,T1,101,\n", to: "bad.csv")
        let outcome = try JudgeProcess.run(["score", "import", "bad.csv"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr
                == """
                Error: bad.csv: 3 rows refused, nothing was stored; fix them all and import the file again:
                bad.csv:2:5: "" — expected 5 fields (number,round,judge,score,criterion), found 4
                bad.csv:3:1: "9" — no competitor has this number
                bad.csv:4:4: "101" — above the maximum of 100.00

                """)
    }

    @Test func brokenQuotingEndsTheListSinceNothingAfterItCanBeRead() throws {
        let folder = try Self.folder()
        try folder.write("number,round,judge,score,criterion\n9,theory,T1,80,\n\"1,theory,T1,80,\n", to: "bad.csv")
        let outcome = try JudgeProcess.run(["score", "import", "bad.csv"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr
                == """
                Error: bad.csv: 2 rows refused, nothing was stored; fix them all and import the file again:
                bad.csv:2:1: "9" — no competitor has this number
                bad.csv:3:1: ""1,theory,T1,80," — unterminated quoted field

                """)
    }

    @Test func aHundredAreListedAndTheRestCounted() throws {
        let folder = try Self.folder()
        let rows = (1...150).map { "\(1000 + $0),theory,T1,80,\n" }.joined()
        try folder.write("number,round,judge,score,criterion\n" + rows, to: "bad.csv")
        let outcome = try JudgeProcess.run(["score", "import", "bad.csv"], in: folder)
        #expect(outcome.status == 1)
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.count == 102)
        #expect(
            lines.first
                == "Error: bad.csv: 150 rows refused, nothing was stored; fix them all and import the file again:")
        #expect(lines[1] == #"bad.csv:2:1: "1001" — no competitor has this number"#)
        #expect(lines[100] == #"bad.csv:101:1: "1100" — no competitor has this number"#)
        #expect(lines.last == "… and 50 more")
    }

    @Test func aRosterWithSeveralErrorsReportsThemAll() throws {
        let folder = try temporaryFolder()
        _ = try JudgeProcess.run(["init", "--config", JudgeProcess.fixture("e2e/competition.yaml")], in: folder)
        try folder.write(
            "number,name,unit,trade,status\n1,张三,甲,nursery,\n2,,乙,nursery,\n1,王五,丙,nursery,\n4,赵六,丁,chef,sick\n",
            to: "roster.csv")
        let before = try folder.contents(of: "judge.sqlite")
        let outcome = try JudgeProcess.run(["roster", "import", "roster.csv"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr
                == """
                Error: roster.csv: 3 rows refused, nothing was stored; fix them all and import the file again:
                roster.csv:3:2: "" — a name is required
                roster.csv:4:1: "1" — competitor number 1 is given twice in this file (first at line 2)
                roster.csv:5:4: "chef" — no trade has this id or name; trades are nursery (育婴员)

                """)
        #expect(try folder.contents(of: "judge.sqlite") == before)
    }

    /// A roster re-imported with late registrations: only the numbers already on it are refused,
    /// not the new ones after them.
    @Test func aRowAfterADuplicateNumberIsNotRefusedWithIt() throws {
        let folder = try temporaryFolder()
        _ = try JudgeProcess.run(["init", "--config", JudgeProcess.fixture("e2e/competition.yaml")], in: folder)
        try folder.write("number,name,unit,trade\n050,甲,X,nursery\n051,乙,Y,nursery\n", to: "first.csv")
        #expect(try JudgeProcess.run(["roster", "import", "first.csv"], in: folder).status == 0)
        try folder.write(
            "number,name,unit,trade\n050,甲,X,nursery\n060,新人,W,nursery\n051,乙,Y,nursery\n070,新,Z,nursery\n",
            to: "again.csv")
        let outcome = try JudgeProcess.run(["roster", "import", "again.csv"], in: folder)
        #expect(
            outcome.stderr
                == """
                Error: again.csv: 2 rows refused, nothing was stored; fix them all and import the file again:
                again.csv:2:1: "050" — competitor number 050 is already on the roster (甲)
                again.csv:4:1: "051" — competitor number 051 is already on the roster (乙)

                """)
    }

    @Test func aTimesFileWithSeveralErrorsReportsThemAll() throws {
        let folder = try Self.folder()
        try folder.write("number,round,time\n1,practical,12:34\n2,practical,1:60\n9,practical,5:00\n", to: "t.csv")
        let outcome = try JudgeProcess.run(["time", "import", "t.csv"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr
                == """
                Error: t.csv: 2 rows refused, nothing was stored; fix them all and import the file again:
                t.csv:3:3: "1:60" — not a time: use whole seconds (754), M:SS (12:34) or H:MM:SS (1:02:34)
                t.csv:4:1: "9" — no competitor has this number

                """)
    }

    @Test func everyPanelRefusalOfAFailedImportIsAudited() throws {
        let folder = try IntegrityTests.folder()
        try folder.write(
            "number,round,judge,score\n2,practical,J2,80\n1,practical,J4,75\n2,practical,J4,70\n1,practical,J9,70\n",
            to: "marks.csv")
        let outcome = try JudgeProcess.run(["score", "import", "marks.csv"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("Error: marks.csv: 3 rows refused"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains(#"marks.csv:3:3: "J4" — judge J4 孙丽 (区卫健委) is not on the panel"#))
        #expect(outcome.stderr.contains(#"marks.csv:4:3: "J4" — judge J4 孙丽 (区卫健委) is not on the panel"#))
        #expect(outcome.stderr.contains(#"marks.csv:5:3: "J9" — no judge has this id or name"#))
        let log = try JudgeProcess.run(["audit", "log"], in: folder)
        // One record per audited refusal; the unknown judge is plain bad input, not recorded.
        #expect(log.stdout.components(separatedBy: "refusal.panel").count - 1 == 2, "\(log.stdout)")
        #expect(log.stdout.contains("competitor 1 张三"))
        #expect(log.stdout.contains("competitor 2 李四"))
        let verify = try JudgeProcess.run(["audit", "verify"], in: folder)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }
}

extension EveryErrorTests {
    @Test func everyRowForALockedRoundIsListedAndAudited() throws {
        let folder = try LockWorkflowTests.incompleteFolder()
        let lock = try JudgeProcess.run(
            ["lock", "--trade", "nursery", "--round", "theory", "--chief", "J9"], in: folder)
        #expect(lock.status == 0, "\(lock.stderr)")
        try folder.write("number,round,judge,score\n1,theory,T1,70\n2,theory,T1,71\n", to: "fix.csv")
        let outcome = try JudgeProcess.run(["score", "import", "fix.csv", "--replace"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("Error: fix.csv: 2 rows refused"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains(#"fix.csv:2:2: "theory" — trade nursery, round theory is locked (by J9 at "#))
        #expect(outcome.stderr.contains(#"fix.csv:3:2: "theory" — trade nursery, round theory is locked (by J9 at "#))
        let log = try JudgeProcess.run(["audit", "log"], in: folder)
        #expect(log.stdout.contains("score import fix.csv line 2 refused: trade nursery, round theory is locked"))
        #expect(log.stdout.contains("score import fix.csv line 3 refused: trade nursery, round theory is locked"))
        #expect(try JudgeProcess.run(["audit", "verify"], in: folder).status == 0)
    }
}
