import Foundation
import Testing

/// Issue 14, item 4: nothing changes a final trade; publish refused while a flag is
/// unconfirmed or the notice period is below the competition's minimum; a chief judge does not
/// approve his own recusal or his own flagged marks; no late registration into a locked trade.
struct AfterFinalTests {
    static func finalFolder() throws -> URL {
        let folder = try PublicationWorkflowTests.lockedFolder()
        #expect(try PublicationWorkflowTests.publish(folder, ["--notice-days", "0"]).status == 0)
        #expect(try PublicationWorkflowTests.publish(folder, ["--final"]).status == 0)
        return folder
    }

    @Test func afterFinalNoMarkRosterOrLockChanges() throws {
        let folder = try Self.finalFolder()
        let before = try JudgeProcess.run(["rank"], in: folder).stdout
        let correct = try JudgeProcess.run(
            [
                "score", "correct", "--number", "1", "--round", "theory", "--judge", "T1", "--value", "99",
                "--reason", "复核", "--chief", "C1",
            ], in: folder)
        #expect(correct.status == 1)
        #expect(
            correct.stderr.contains(
                "trade nursery is final (version 1 was published final): correcting a mark is refused; after final publication no mark, competitor or status of the trade changes"
            ), "\(correct.stderr)")
        let unlock = try JudgeProcess.run(
            ["unlock", "--trade", "nursery", "--round", "theory", "--reason", "复核", "--chief", "C1"], in: folder)
        #expect(unlock.status == 1)
        #expect(
            unlock.stderr.contains(
                "trade nursery is final (version 1 was published final): unlocking a round is refused"))
        try folder.write("number,name,unit,trade\n9,赵六,丁公司,nursery\n", to: "late.csv")
        let roster = try JudgeProcess.run(["roster", "import", "late.csv"], in: folder)
        #expect(roster.status == 1)
        #expect(
            roster.stderr
                == "Error: late.csv:2:4: \"nursery\" — trade nursery is final (version 1), so no competitor can be added to it (late registration is open only while none of its rounds is locked)\n"
        )
        try folder.write("number,round,judge,score\n1,theory,T1,99\n", to: "m.csv")
        #expect(try JudgeProcess.run(["score", "import", "--replace", "m.csv"], in: folder).status == 1)
        // A roster edit (even of a name) and an undo of the marks' import are refused too.
        let edit = try JudgeProcess.run(
            ["competitors", "edit", "1", "--name", "张三丰", "--reason", "错字", "--chief", "C1"], in: folder)
        #expect(edit.status == 1)
        #expect(
            edit.stderr.contains(
                "trade nursery is final (version 1 was published final): changing a competitor is refused"),
            "\(edit.stderr)")
        let revert = try JudgeProcess.run(["score", "revert", "--batch", "2", "--reason", "撤销"], in: folder)
        #expect(revert.status == 1, "\(revert.stdout)")
        #expect(try JudgeProcess.run(["rank"], in: folder).stdout == before)
        #expect(try AuditTests.verify(folder).status == 0)
    }

    @Test func lateRegistrationIntoALockedTradeIsRefused() throws {
        let folder = try PublicationWorkflowTests.loadedFolder()
        #expect(
            try JudgeProcess.run(["lock", "--trade", "nursery", "--round", "theory", "--chief", "C1"], in: folder)
                .status
                == 0)
        try folder.write("number,name,unit,trade\n9,赵六,丁公司,nursery\n", to: "late.csv")
        let roster = try JudgeProcess.run(["roster", "import", "late.csv"], in: folder)
        #expect(roster.status == 1)
        #expect(roster.stderr.contains("trade nursery has round theory locked (by C1), so no competitor can be added"))
    }

    /// The publication competition with J3 a chief judge too, a max_spread on practical and a
    /// minimum notice period of 3 days.
    static func guardedFolder() throws -> URL {
        let folder = try temporaryFolder()
        var yaml = try String(contentsOfFile: JudgeProcess.fixture("publication/competition.yaml"), encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "  - { id: J3, name: 赵强 }", with: "  - { id: J3, name: 赵强, chief: true }")
        yaml = yaml.replacingOccurrences(of: "    judges: 3\n", with: "    judges: 3\n    max_spread: 10\n")
        yaml += "notice_days_min: 3\n"
        try folder.write(yaml, to: "guarded.yaml")
        for step in [
            ["init", "--config", "guarded.yaml"],
            ["roster", "import", JudgeProcess.fixture("e2e/roster.csv")],
            ["score", "import", JudgeProcess.fixture("e2e/marks.csv")],
            ["lock", "--trade", "nursery", "--round", "theory", "--chief", "C1"],
            ["lock", "--trade", "nursery", "--round", "practical", "--chief", "C1"],
            // After the lock a correction raises J3's marks of competitor 1: spread 93 − 81 = 12 > 10.
            [
                "score", "correct", "--number", "1", "--round", "practical", "--judge", "J3", "--criterion", "skill",
                "--value", "60", "--reason", "评分表合计抄错", "--chief", "C1",
            ],
        ] {
            let outcome = try JudgeProcess.run(step, in: folder)
            #expect(outcome.status == 0, "\(step): \(outcome.stderr)")
        }
        return folder
    }

    @Test func publishIsRefusedWhileAFlagIsUnconfirmed() throws {
        let folder = try Self.guardedFolder()
        let outcome = try PublicationWorkflowTests.publish(folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.hasPrefix(
                "Error: cannot publish 育婴员 (nursery): 1 max_spread flags not confirmed by the chief judge (a correction after the lock raised them):\n  competitor 1, round practical: "
            ), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("pub").path))
    }

    @Test func aChiefCannotConfirmAFlagOnHisOwnMarks() throws {
        let folder = try Self.guardedFolder()
        let own = try JudgeProcess.run(
            ["flags", "confirm", "--number", "1", "--round", "practical", "--reason", "无误", "--chief", "J3"], in: folder
        )
        #expect(own.status == 1)
        #expect(
            own.stderr.contains(
                "competitor 1, round practical: chief judge J3 marked this competitor in this round, so may not confirm the flag on his own marks: another chief judge must"
            ), "\(own.stderr)")
        let other = try JudgeProcess.run(
            ["flags", "confirm", "--number", "1", "--round", "practical", "--reason", "无误", "--chief", "C1"], in: folder
        )
        #expect(other.status == 0, "\(other.stderr)")
        // Then the minimum notice period holds: 0 days is refused, the default is the minimum.
        let short = try PublicationWorkflowTests.publish(folder, ["--notice-days", "0"])
        #expect(short.status == 1)
        #expect(
            short.stderr
                == "Error: --notice-days 0: this competition's notice period (公示期) is at least 3 days (notice_days_min in the competition file); give --notice-days 3 or more\n"
        )
        let published = try PublicationWorkflowTests.publish(folder)
        #expect(published.status == 0, "\(published.stderr)")
        let final = try PublicationWorkflowTests.publish(folder, ["--final"])
        #expect(final.status == 1)
        #expect(final.stderr.contains("the notice period of version 1 runs until "))
    }

    @Test func aChiefCannotAllowHisOwnRecusal() throws {
        let folder = try IntegrityTests.folder()
        let outcome = try JudgeProcess.run(
            ["recusal", "allow", "--chief", "C1", "--judge", "C1", "--number", "1", "--reason", "同意"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr
                == "Error: chief judge C1 may not allow his own recusal: another chief judge must (`--chief ID` of another judge with chief: true)\n"
        )
    }
}
