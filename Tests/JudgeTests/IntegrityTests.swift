import Foundation
import Testing

/// Panels, recusal (回避), PINs and double entry (双人录入), run through the executable.
/// The fixture: T1 marks theory (entered twice by clerks); J1–J3 mark nursery's practical,
/// J3–J4 caregiver's; J1 is of 甲公司 like competitor 1; C1 is the chief judge.
struct IntegrityTests {
    static func fixture(_ name: String) -> String { JudgeProcess.fixture("integrity/\(name)") }

    /// The integrity competition with its roster loaded.
    static func folder() throws -> URL {
        let folder = try temporaryFolder()
        for step in [
            ["init", "--config", fixture("competition.yaml")],
            ["roster", "import", fixture("roster.csv")],
        ] {
            let outcome = try JudgeProcess.run(step, in: folder)
            #expect(outcome.status == 0, "\(step): \(outcome.stderr)")
        }
        return folder
    }

    /// Issues PINs (to every judge without one when none are named) and returns them by judge
    /// id, read from the printed table. Hashing is slow by design, so tests name few judges.
    static func issuePINs(_ judges: [String] = [], in folder: URL) throws -> [String: String] {
        let outcome = try JudgeProcess.run(["judges", "credentials"] + judges.flatMap { ["--judge", $0] }, in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return pins(in: outcome.stdout)
    }

    static func pins(in table: String) -> [String: String] {
        var pins: [String: String] = [:]
        for line in table.split(separator: "\n") {
            let cells = line.split(separator: " ", omittingEmptySubsequences: true)
            if cells.count >= 3, cells[2].count == 8, cells[2].allSatisfy(\.isNumber) {
                pins[String(cells[0])] = String(cells[2])
            }
        }
        return pins
    }

    static func enter(
        _ judge: String, number: String, round: String = "practical", score: String, pin: String?,
        clerk: String? = nil, in folder: URL
    ) throws -> JudgeProcess.Outcome {
        var arguments = ["score", "enter", "--judge", judge, "--number", number, "--round", round, score]
        if let clerk { arguments += ["--clerk", clerk] }
        return try JudgeProcess.run(arguments, in: folder, environment: pin.map { ["JUDGE_PIN": $0] } ?? [:])
    }

    static func markCount(_ folder: URL) throws -> String {
        try AuditTests.query("SELECT count(*) FROM mark", in: folder)
    }

    // MARK: Panels

    @Test func aMarkFromOutsideThePanelIsRefusedOnImportAndNothingIsStored() throws {
        let folder = try Self.folder()
        try folder.write("number,round,judge,score\n2,practical,J2,80\n1,practical,J4,75\n", to: "marks.csv")
        let before = try Self.markCount(folder)
        let outcome = try JudgeProcess.run(["score", "import", "marks.csv"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr
                == """
                Error: marks.csv:3:3: "J4" — judge J4 孙丽 (区卫健委) is not on the panel for trade nursery, round practical (panel: J1, J2, J3), so may not mark competitor 1 张三 (甲公司)

                """)
        #expect(try Self.markCount(folder) == before)
    }

    @Test func aMarkFromOutsideThePanelIsRefusedOnEntry() throws {
        let folder = try Self.folder()
        let outcome = try Self.enter("J1", number: "3", score: "70", pin: nil, in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.contains(
                "judge J1 王芳 (甲公司) is not on the panel for trade caregiver, round practical (panel: J3, J4), so may not mark competitor 3 王五 (丙公司)"
            ), "\(outcome.stderr)")
    }

    @Test func panelsMustCoverEveryTradeAndRound() throws {
        let folder = try temporaryFolder()
        let yaml = try String(contentsOfFile: Self.fixture("competition.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "  - { trade: caregiver, round: theory, judges: [T1] }\n", with: "")
        try folder.write(yaml, to: "competition.yaml")
        let outcome = try JudgeProcess.run(["init", "--config", "competition.yaml"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.hasPrefix(
                "Error: competition.yaml:17:1: panels: caregiver / theory — no panel for trade caregiver, round theory; when panels are declared, every trade and round needs one"
            ), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("judge.sqlite").path))
    }

    // MARK: Recusal

    @Test func aRecusedJudgeIsRefusedUntilTheChiefAllowsIt() throws {
        let folder = try Self.folder()
        try folder.write("number,round,judge,score\n1,practical,J1,88\n", to: "marks.csv")
        let refused = try JudgeProcess.run(["score", "import", "marks.csv"], in: folder)
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == """
                Error: marks.csv:2:3: "J1" — judge J1 王芳 (甲公司) may not mark competitor 1 张三 (甲公司): the same unit, so the judge is recused (回避); the chief judge may allow it with `judge recusal allow`

                """)
        let typed = try Self.enter("J1", number: "1", score: "88", pin: nil, in: folder)
        #expect(typed.status == 1)
        #expect(typed.stderr.contains("may not mark competitor 1 张三 (甲公司): the same unit"))

        let noReason = try JudgeProcess.run(
            ["recusal", "allow", "--chief", "C1", "--judge", "J1", "--number", "1", "--reason", " "], in: folder)
        #expect(noReason.status == 1)
        #expect(noReason.stderr.contains("a reason is required"))
        let notSameUnit = try JudgeProcess.run(
            ["recusal", "allow", "--chief", "C1", "--judge", "J2", "--number", "1", "--reason", "x"], in: folder)
        #expect(notSameUnit.status == 1)
        #expect(notSameUnit.stderr.contains("are not of the same unit: no recusal applies"))

        let allowed = try JudgeProcess.run(
            ["recusal", "allow", "--chief", "C1", "--judge", "J1", "--number", "1", "--reason", "该单位仅一名裁判, 经监督组同意"],
            in: folder)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(
            allowed.stdout
                == "allowed: judge J1 王芳 (甲公司) may mark competitor 1 张三 (甲公司); reason: 该单位仅一名裁判, 经监督组同意\n")
        let imported = try JudgeProcess.run(["score", "import", "marks.csv"], in: folder)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "added 1 marks from marks.csv\n")
    }

    @Test func aMalformedRowIsBadInputBeforeItIsARecusalAndLeavesTheFileUntouched() throws {
        let folder = try Self.folder()
        try folder.write("number,round,judge,score\n1,practical,J1,85.123\n", to: "marks.csv")
        let before = try folder.contents(of: "judge.sqlite")
        let outcome = try JudgeProcess.run(["score", "import", "marks.csv"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix(#"Error: marks.csv:2:4: "85.123" — a mark has at most 2 decimal places"#))
        #expect(try folder.contents(of: "judge.sqlite") == before)
    }

    // MARK: PINs

    @Test func withPINsIssuedAMissingOrWrongPINIsRefusedAndTheRightOneAccepted() throws {
        let folder = try Self.folder()
        let pins = try Self.issuePINs(in: folder)
        #expect(Set(pins.keys) == ["T1", "J1", "J2", "J3", "J4", "C1"])
        #expect(Set(pins.values).count == pins.count)
        let stored = String(decoding: try folder.contents(of: "judge.sqlite"), as: UTF8.self)
        #expect(!pins.values.contains { stored.contains($0) }, "a PIN is stored in clear")

        let missing = try Self.enter("J2", number: "1", score: "90", pin: nil, in: folder)
        #expect(missing.status == 1)
        #expect(
            missing.stderr
                == "Error: judge J2's PIN is required: type it when asked, or set $JUDGE_PIN for a script\n")
        let wrong = try Self.enter("J2", number: "1", score: "90", pin: "00000000", in: folder)
        #expect(wrong.status == 1)
        #expect(wrong.stderr == "Error: wrong PIN for judge J2: refused and recorded\n")
        let right = try Self.enter("J2", number: "1", score: "90", pin: pins["J2"], in: folder)
        #expect(right.status == 0, "\(right.stderr)")
        #expect(right.stdout.hasPrefix("stored 90.00: competitor 1 张三 (甲公司)"))

        let again = try JudgeProcess.run(["judges", "credentials"], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("every judge has a PIN already"))
    }

    @Test func aJudgeCannotEnterForAnotherJudge() throws {
        let folder = try Self.folder()
        let pins = try Self.issuePINs(["J2", "J3"], in: folder)
        let before = try Self.markCount(folder)
        // J3 knows only their own PIN.
        let outcome = try Self.enter("J2", number: "1", score: "90", pin: pins["J3"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "Error: wrong PIN for judge J2: refused and recorded\n")
        #expect(try Self.markCount(folder) == before)
    }

    @Test func fiveWrongPINsLockTheJudgeOutEvenWithTheRightPIN() throws {
        let folder = try Self.folder()
        let pins = try Self.issuePINs(["J3", "J4"], in: folder)
        for attempt in 1...5 {
            let outcome = try Self.enter("J3", number: "3", score: "70", pin: "1234567\(attempt)", in: folder)
            #expect(outcome.status == 1)
            if attempt == 5 {
                #expect(
                    outcome.stderr
                        == "Error: wrong PIN for judge J3: refused and recorded; after 5 wrong PINs within 15 minutes judge J3 is locked out for 15 minutes\n"
                )
            }
        }
        let locked = try Self.enter("J3", number: "3", score: "70", pin: pins["J3"], in: folder)
        #expect(locked.status == 1)
        #expect(locked.stderr == "Error: judge J3 is locked out after 5 wrong PINs: try again in 15 minutes\n")
        // Another judge is not affected.
        #expect(try Self.enter("J4", number: "3", score: "74", pin: pins["J4"], in: folder).status == 0)
    }

    @Test func replacingAPINNeedsTheChiefAndTheOldPINStopsWorking() throws {
        let folder = try Self.folder()
        let pins = try Self.issuePINs(["J2", "C1"], in: folder)
        let noChief = try JudgeProcess.run(["judges", "credentials", "--judge", "J2"], in: folder)
        #expect(noChief.status == 1)
        #expect(noChief.stderr.contains("judge J2 already has a PIN: replacing it needs the chief judge"))
        let wrongChiefPIN = try JudgeProcess.run(
            ["judges", "credentials", "--judge", "J2", "--chief", "C1"], in: folder,
            environment: ["JUDGE_PIN": pins["J2"]!])
        #expect(wrongChiefPIN.status == 1)
        #expect(wrongChiefPIN.stderr == "Error: wrong PIN for judge C1: refused and recorded\n")

        let reissued = try JudgeProcess.run(
            ["judges", "credentials", "--judge", "J2", "--chief", "C1"], in: folder,
            environment: ["JUDGE_PIN": pins["C1"]!])
        #expect(reissued.status == 0, "\(reissued.stderr)")
        let newPIN = try #require(Self.pins(in: reissued.stdout)["J2"])
        #expect(reissued.stdout.contains("replaces the old PIN"))
        #expect(try Self.enter("J2", number: "1", score: "90", pin: pins["J2"], in: folder).status == 1)
        #expect(try Self.enter("J2", number: "1", score: "90", pin: newPIN, in: folder).status == 0)
    }

    @Test func theChiefsCommandsNeedTheChiefsPINOnceIssued() throws {
        let folder = try Self.folder()
        let pins = try Self.issuePINs(["C1"], in: folder)
        let arguments = ["recusal", "allow", "--chief", "C1", "--judge", "J1", "--number", "1", "--reason", "同意"]
        let missing = try JudgeProcess.run(arguments, in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("judge C1's PIN is required"))
        let allowed = try JudgeProcess.run(arguments, in: folder, environment: ["JUDGE_PIN": pins["C1"]!])
        #expect(allowed.status == 0, "\(allowed.stderr)")
    }

    // MARK: Double entry

    @Test func theoryCountsOnlyWhenTwoClerksAgreeAndEntriesStayBlind() throws {
        let folder = try Self.folder()
        let first = try JudgeProcess.run(["score", "import", "--clerk", "甲", Self.fixture("theory.csv")], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("added 0 marks"))
        #expect(first.stdout.contains("3 first entries recorded"))

        let sameClerk = try JudgeProcess.run(
            ["score", "import", "--clerk", "甲", Self.fixture("theory.csv")], in: folder)
        #expect(sameClerk.status == 1)
        #expect(
            sameClerk.stderr.contains(
                "theory.csv:2:4: \"85.5\" — competitor 1, round theory, judge T1: clerk 甲 has already entered this mark; in round theory each mark is entered by two different clerks"
            ), "\(sameClerk.stderr)")

        // Clerk 乙 agrees on 1 and 3 and mistypes 2 (90 → 96).
        try folder.write("number,round,judge,score\n1,theory,T1,85.50\n2,theory,T1,96\n3,theory,T1,66\n", to: "b.csv")
        let second = try JudgeProcess.run(["score", "import", "--clerk", "乙", "b.csv"], in: folder)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.hasPrefix("added 2 marks from b.csv\n1 entries do not agree"))
        #expect(!second.stdout.contains("90"), "the other clerk's value is shown")

        let status = try JudgeProcess.run(["status", "--trade", "nursery"], in: folder)
        #expect(
            status.stdout.hasSuffix(
                """

                double entry (双人录入): 1 disagreement, 0 waiting for a second clerk
                  nursery / theory: competitor 2, judge T1: entries by 甲, 乙 disagree; a third clerk's entry or the chief judge (`judge double-entry resolve`) settles it

                """), "\(status.stdout)")
        #expect(!status.stdout.contains("96") && !status.stdout.contains("90.00"))
        #expect(status.stdout.contains("理论知识 (theory): 1/2 marks in, 1 missing, 1 of 2 competitors scored"))

        // A third clerk agreeing with one entry settles it.
        let third = try Self.enter("T1", number: "2", round: "theory", score: "90", pin: nil, clerk: "丙", in: folder)
        #expect(third.status == 0, "\(third.stderr)")
        #expect(third.stdout.hasPrefix("stored 90.00, both entries agree: competitor 2 李四 (乙公司)"))
        let settled = try JudgeProcess.run(["status", "--trade", "nursery"], in: folder)
        #expect(settled.stdout.contains("double entry (双人录入): 0 disagreements, 0 waiting for a second clerk\n"))
        #expect(settled.stdout.contains("理论知识 (theory): 2/2 marks in, 0 missing, 2 of 2 competitors scored"))

        let again = try Self.enter("T1", number: "2", round: "theory", score: "91", pin: nil, clerk: "丁", in: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("the mark is already confirmed by double entry"))
        #expect(!again.stderr.contains("90"))
    }

    @Test func theChiefResolvesADisagreementWithAReason() throws {
        let folder = try Self.folder()
        let first = try Self.enter("T1", number: "3", round: "theory", score: "66", pin: nil, clerk: "甲", in: folder)
        #expect(first.stdout.hasPrefix("first entry of 66.00 recorded"), "\(first.stdout)")
        let early = try JudgeProcess.run(
            [
                "double-entry", "resolve", "--chief", "C1", "--judge", "T1", "--number", "3", "--round", "theory",
                "--reason", "核对原始评分表", "66",
            ], in: folder)
        #expect(early.status == 1)
        #expect(early.stderr.contains("only one clerk has entered it; a second clerk's entry settles it"))

        let second = try Self.enter("T1", number: "3", round: "theory", score: "68", pin: nil, clerk: "乙", in: folder)
        #expect(second.status == 0)
        #expect(second.stdout.hasPrefix("entry of 68.00 recorded, but it does not agree with an earlier entry"))
        #expect(!second.stdout.contains("66"))

        let resolved = try JudgeProcess.run(
            [
                "double-entry", "resolve", "--chief", "C1", "--judge", "T1", "--number", "3", "--round", "theory",
                "--reason", "核对原始评分表", "66",
            ], in: folder)
        #expect(resolved.status == 0, "\(resolved.stderr)")
        #expect(
            resolved.stdout
                == "resolved by the chief judge: 66.00 for competitor 3 王五 (丙公司), 理论知识 (theory), judge T1 阅卷组\n")
        let status = try JudgeProcess.run(["status", "--trade", "caregiver"], in: folder)
        #expect(
            status.stdout.contains("理论知识 (theory): 1/1 marks in, 0 missing, 1 of 1 competitors scored"),
            "\(status.stdout)")
        #expect(status.stdout.contains("double entry (双人录入): 0 disagreements, 0 waiting for a second clerk\n"))
    }

    @Test func aCompetitionWithoutIntegrityKeysShowsNoNewStatusSection() throws {
        let folder = try WorkflowTests.incompleteFolder()
        let status = try JudgeProcess.run(["status"], in: folder)
        #expect(!status.stdout.contains("double entry"))
    }
}
