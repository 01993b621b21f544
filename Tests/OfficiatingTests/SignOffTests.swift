import Foundation
import Messages
import Officiating
import ScoringCore
import Testing

/// Chief authorization, locks and publication through the use cases, as both doors call them.
struct SignOffTests {
    @Test func aJudgeWhoIsNotChiefIsRefusedAndTheRefusalIsAudited() throws {
        let venue = try VenueFixture.venue()
        let refusal = #expect(throws: Refusal.self) {
            try LockRound(trade: "nursery", round: "theory", chief: "J1").run(in: venue, pin: VenueFixture.noPIN)
        }
        #expect(refusal?.code == .notChief)
        #expect(refusal?.values == ["chief": "J1", "name": "王芳", "action": "judge lock", "chiefs": "C1 周正"])
        #expect(refusal?.audited == "refusal.not-chief")
        #expect(refusal?.auditNote == "judge lock refused: J1 is not a chief judge")
        let log = try ReadAuditLog(number: nil, withChanges: false).run(in: venue)
        #expect(log.last?.kind == "refusal.not-chief")
        #expect(log.last?.actor == "J1")
    }

    @Test func anUnknownChiefIsRefusedNamingTheJudges() throws {
        let venue = try VenueFixture.venue()
        let refusal = #expect(throws: Refusal.self) {
            try UnlockRound(trade: "nursery", round: "theory", chief: "X9", reason: "r").run(
                in: venue, pin: VenueFixture.noPIN)
        }
        #expect(refusal?.code == .unknownChief)
        #expect(refusal?.values["chief"] == "X9")
        #expect(refusal?.message(in: .zh).hasPrefix("--chief X9：没有这个编号的裁判；裁判有 T1 阅卷组") == true)
    }

    @Test func aRoundWithMissingMarksCannotBeLockedAndNothingIsPublished() throws {
        let venue = try VenueFixture.venue()
        #expect(throws: (any Error).self) {
            try LockRound(trade: "nursery", round: "theory", chief: "C1").run(in: venue, pin: VenueFixture.noPIN)
        }
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("officiating-\(UUID())")
        let refusal = #expect(throws: Refusal.self) {
            try PublishResults(trade: "nursery", chief: "C1", folder: folder, noticeDays: nil).run(
                in: venue, pin: VenueFixture.noPIN)
        }
        #expect(refusal?.code == .roundsNotLocked)
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func aMarkIsEnteredTypedAndEchoed() throws {
        let venue = try VenueFixture.venue()
        let entered = try EnterMark(
            mark: MarkInput(judge: "T1", number: "1", round: "theory", criterion: nil, score: "85.5"), clerk: nil,
            replace: false
        ).run(in: venue, pin: VenueFixture.noPIN)
        #expect(entered.value == Points(hundredths: 8550))
        #expect(entered.competitorName == "张三")
    }

    @Test func replacingAPINNeedsTheChiefAndTheChiefIsNamedAsIssuer() throws {
        let venue = try VenueFixture.venue()
        let first = try IssueJudgePINs(judges: ["J1", "C1"], chief: nil, operatorName: "operator").run(
            in: venue, pin: VenueFixture.noPIN)
        #expect(first.map(\.judge.id) == ["J1", "C1"])
        #expect(throws: Refusal(.pinReplaceNeedsChief, ["who": "judge J1"])) {
            try IssueJudgePINs(judges: ["J1"], chief: nil, operatorName: "operator").run(
                in: venue, pin: VenueFixture.noPIN)
        }
        let chiefPIN = first.first { $0.judge.id == "C1" }!.pin
        let again = try IssueJudgePINs(judges: ["J1"], chief: "C1", operatorName: "operator").run(
            in: venue, pin: { $0 == .judge("C1") ? chiefPIN : nil })
        #expect(again.map(\.reissued) == [true])
    }
}
