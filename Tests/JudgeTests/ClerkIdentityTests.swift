import Foundation
import Testing

/// Issue 14, item 3: clerks as people (`clerks:` with PINs), `--replace` sparing marks typed
/// with a judge's PIN, and double entry by two authenticated clerks that stays blind.
struct ClerkIdentityTests {
    /// The integrity competition with two declared clerks, its roster loaded by clerk L1.
    static func folder() throws -> (URL, pins: [String: String]) {
        let folder = try temporaryFolder()
        var yaml = try String(contentsOfFile: IntegrityTests.fixture("competition.yaml"), encoding: .utf8)
        yaml += "clerks:\n  - { id: L1, name: 录入员甲 }\n  - { id: L2, name: 录入员乙 }\n"
        try folder.write(yaml, to: "clerks.yaml")
        #expect(try JudgeProcess.run(["init", "--config", "clerks.yaml"], in: folder).status == 0)
        let issued = try JudgeProcess.run(["clerks", "credentials"], in: folder)
        #expect(issued.status == 0, "\(issued.stderr)")
        let pins = IntegrityTests.pins(in: issued.stdout)
        #expect(pins.keys.sorted() == ["L1", "L2"], "\(issued.stdout)")
        let roster = try JudgeProcess.run(
            ["roster", "import", "--clerk", "L1", IntegrityTests.fixture("roster.csv")], in: folder,
            environment: ["JUDGE_CLERK_PIN": pins["L1"] ?? ""])
        #expect(roster.status == 0, "\(roster.stderr)")
        return (folder, pins)
    }

    static func importAs(_ clerk: String?, pin: String?, _ file: String, _ extra: [String] = [], in folder: URL) throws
        -> JudgeProcess.Outcome
    {
        try JudgeProcess.run(
            ["score", "import"] + (clerk.map { ["--clerk", $0] } ?? []) + extra + [file], in: folder,
            environment: pin.map { ["JUDGE_CLERK_PIN": $0] } ?? [:])
    }

    @Test func aBatchNeedsADeclaredClerkAndThatClerksPIN() throws {
        let (folder, pins) = try Self.folder()
        try folder.write("number,round,judge,score\n2,practical,J2,80\n", to: "m.csv")
        let before = try IntegrityTests.markCount(folder)
        let anonymous = try Self.importAs(nil, pin: nil, "m.csv", in: folder)
        #expect(anonymous.status == 1)
        #expect(
            anonymous.stderr.contains(
                "this competition declares its clerks (clerks: in the competition file): name yours with --clerk ID (L1, L2) and give that clerk's PIN"
            ), "\(anonymous.stderr)")
        let stranger = try Self.importAs("某人", pin: "12345678", "m.csv", in: folder)
        #expect(stranger.status == 1)
        #expect(
            stranger.stderr.contains("--clerk \"某人\": no clerk has this id; the competition file's clerks are L1, L2"))
        let missing = try Self.importAs("L2", pin: nil, "m.csv", in: folder)
        #expect(missing.stderr.contains("clerk L2's PIN is required: type it when asked, or set $JUDGE_CLERK_PIN"))
        let wrong = try Self.importAs("L2", pin: "00000000", "m.csv", in: folder)
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("wrong PIN for clerk L2: refused and recorded"))
        #expect(try IntegrityTests.markCount(folder) == before)
        let right = try Self.importAs("L2", pin: pins["L2"], "m.csv", in: folder)
        #expect(right.status == 0, "\(right.stderr)")
        let log = try JudgeProcess.run(["audit", "log"], in: folder).stdout
        #expect(log.contains("refusal.pin  by L2: score import m.csv: wrong PIN for clerk L2"), "\(log)")
        #expect(try AuditTests.verify(folder).status == 0)
    }

    @Test func anUndoAndARosterEditNeedAClerksPINToo() throws {
        let (folder, pins) = try Self.folder()
        try folder.write("number,round,judge,score\n2,practical,J2,80\n", to: "m.csv")
        #expect(try Self.importAs("L2", pin: pins["L2"], "m.csv", in: folder).status == 0)
        let batch = try #require(
            try JudgeProcess.run(["audit", "log"], in: folder).stdout.split(separator: "\n")
                .first { $0.contains("marks.import") }?.components(separatedBy: "batch ").last?
                .split(separator: " ").first.map(String.init))
        let before = try IntegrityTests.markCount(folder)
        let revert = ["score", "revert", "--batch", batch, "--reason", "导错了"]
        let anonymous = try JudgeProcess.run(revert, in: folder)
        #expect(anonymous.status == 1)
        #expect(anonymous.stderr.contains("this competition declares its clerks"), "\(anonymous.stderr)")
        let wrong = try JudgeProcess.run(
            revert + ["--clerk", "L1"], in: folder, environment: ["JUDGE_CLERK_PIN": "00000000"])
        #expect(wrong.stderr.contains("wrong PIN for clerk L1: refused and recorded"), "\(wrong.stderr)")
        #expect(try IntegrityTests.markCount(folder) == before)
        let edit = ["competitors", "edit", "2", "--status", "缺考", "--reason", "未到场"]
        #expect(try JudgeProcess.run(edit, in: folder).status == 1)
        let edited = try JudgeProcess.run(
            edit + ["--clerk", "L1"], in: folder, environment: ["JUDGE_CLERK_PIN": pins["L1"] ?? ""])
        #expect(edited.status == 0, "\(edited.stderr)")
        let undone = try JudgeProcess.run(
            revert + ["--clerk", "L2"], in: folder, environment: ["JUDGE_CLERK_PIN": pins["L2"] ?? ""])
        #expect(undone.status == 0, "\(undone.stderr)")
        #expect(try Int(IntegrityTests.markCount(folder)) == Int(before).map { $0 - 1 })
        #expect(try AuditTests.verify(folder).status == 0)
    }

    @Test func fiveWrongClerkPINsLockTheClerkOut() throws {
        let (folder, pins) = try Self.folder()
        try folder.write("number,round,judge,score\n2,practical,J2,80\n", to: "m.csv")
        for _ in 0..<5 { #expect(try Self.importAs("L2", pin: "00000000", "m.csv", in: folder).status == 1) }
        let locked = try Self.importAs("L2", pin: pins["L2"], "m.csv", in: folder)
        #expect(locked.status == 1)
        #expect(locked.stderr.contains("clerk L2 is locked out after 5 wrong PINs: try again in 15 minutes"))
        try AuditTests.sqlite("DELETE FROM clerk_pin_failure", in: folder)
        let verified = try AuditTests.verify(folder)
        #expect(verified.stderr.contains("audit: FAILED: row:clerk_pin_failure 1: the audit log says clerk_id=L2"))
    }

    @Test func doubleEntryNeedsTwoAuthenticatedClerksAndStaysBlind() throws {
        let (folder, pins) = try Self.folder()
        try folder.write("number,round,judge,score\n1,theory,T1,85.5\n", to: "first.csv")
        try folder.write("number,round,judge,score\n1,theory,T1,85.5\n", to: "second.csv")
        #expect(try Self.importAs("L1", pin: pins["L1"], "first.csv", in: folder).status == 0)
        // Nothing shows the first clerk's value before the second entry.
        let log = try JudgeProcess.run(["audit", "log", "--changes"], in: folder).stdout
        #expect(!log.contains("85.50") && !log.contains("8550"), "\(log)")
        #expect(log.contains("double-entry 1 theory T1 L1 = (entered; the value is not shown)"))
        let perNumber = try JudgeProcess.run(["audit", "log", "--number", "1"], in: folder).stdout
        #expect(!perNumber.contains("85.5"), "\(perNumber)")
        #expect(!(try IntegrityTests.markCount(folder)).contains("85.5"))
        // The same clerk cannot be the second: the id is proved by the PIN, not typed.
        let again = try Self.importAs("L1", pin: pins["L1"], "second.csv", in: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("clerk L1 has already entered this mark"))
        let second = try Self.importAs("L2", pin: pins["L2"], "second.csv", in: folder)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try AuditTests.verify(folder).status == 0)
    }

    /// No judge holds a PIN yet, so the judge's id alone proves nobody: in any round, a typed
    /// mark then needs a clerk with a PIN, as an import does.
    @Test func anUnauthenticatedTypedEntryIsRefused() throws {
        let (folder, pins) = try Self.folder()
        let before = try IntegrityTests.markCount(folder)
        for round in ["theory", "practical"] {
            let outcome = try IntegrityTests.enter("J1", number: "1", round: round, score: "85", pin: nil, in: folder)
            #expect(outcome.status == 1)
            #expect(
                outcome.stderr.contains(
                    "this competition declares its clerks (clerks: in the competition file): name yours with --clerk ID (L1, L2) and give that clerk's PIN"
                ), "\(outcome.stderr)")
        }
        #expect(try IntegrityTests.markCount(folder) == before)
        let typed = try JudgeProcess.run(
            [
                "score", "enter", "--judge", "T1", "--number", "1", "--round", "theory", "--clerk", "L1", "85",
            ], in: folder, environment: ["JUDGE_CLERK_PIN": pins["L1"] ?? ""])
        #expect(typed.status == 0, "\(typed.stderr)")
    }

    @Test func replaceNeverOverwritesAMarkAJudgeTypedWithAPIN() throws {
        let folder = try IntegrityTests.folder()
        let pins = try IntegrityTests.issuePINs(["J2"], in: folder)
        #expect(try IntegrityTests.enter("J2", number: "2", score: "80", pin: pins["J2"], in: folder).status == 0)
        try folder.write("number,round,judge,score\n2,practical,J2,95\n", to: "raise.csv")
        let outcome = try JudgeProcess.run(["score", "import", "--replace", "raise.csv"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr
                == "Error: raise.csv:2:4: \"95\" — competitor 2, round practical, judge J2: the stored mark (80.00) was entered by judge J2 with a PIN; --replace never overwrites it: only the chief judge changes it, with `judge score correct`\n"
        )
        let log = try JudgeProcess.run(["audit", "log"], in: folder).stdout
        #expect(log.contains("refusal.replace  by "))
        // The judge may still retype the mark with the PIN.
        let retyped = try JudgeProcess.run(
            ["score", "enter", "--judge", "J2", "--number", "2", "--round", "practical", "--replace", "81"], in: folder,
            environment: ["JUDGE_PIN": pins["J2"] ?? ""])
        #expect(retyped.status == 0, "\(retyped.stderr)")
        // The refused import left the judge's 80 in place.
        #expect(retyped.stdout.hasPrefix("stored 81.00, replacing 80.00"), "\(retyped.stdout)")
    }

    @Test func replaceNeverOverwritesTheChiefsCorrection() throws {
        let folder = try IntegrityTests.folder()
        try folder.write("number,round,judge,score\n2,practical,J2,80\n", to: "a.csv")
        try folder.write("number,round,judge,score\n2,practical,J2,95\n", to: "b.csv")
        #expect(try JudgeProcess.run(["score", "import", "a.csv"], in: folder).status == 0)
        let corrected = try JudgeProcess.run(
            [
                "score", "correct", "--number", "2", "--round", "practical", "--judge", "J2", "--value", "82",
                "--reason", "评分表合计抄错", "--chief", "C1",
            ], in: folder)
        #expect(corrected.status == 0, "\(corrected.stderr)")
        let outcome = try JudgeProcess.run(["score", "import", "--replace", "b.csv"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.contains(
                "the stored mark (82.00) was entered by the chief judge; --replace never overwrites it"))
    }

    @Test func withoutClerksTheBatchContractStays() throws {
        let folder = try IntegrityTests.folder()
        try folder.write("number,round,judge,score\n2,practical,J2,80\n", to: "a.csv")
        try folder.write("number,round,judge,score\n2,practical,J2,95\n", to: "b.csv")
        #expect(try JudgeProcess.run(["score", "import", "a.csv"], in: folder).status == 0)
        let replaced = try JudgeProcess.run(["score", "import", "--clerk", "任何人", "--replace", "b.csv"], in: folder)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(replaced.stdout == "added 0 marks, replaced 1 from b.csv\n")
    }
}
