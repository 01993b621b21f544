import Foundation
import GRDB
import Messages
import ScoringCore
import StoreValues
import Testing

@testable import ScoreStore

/// `sampleCompetition` with panels, units that collide for J1 and competitor 1 (甲公司),
/// and theory entered twice.
let integrityCompetition: Competition = {
    var competition = sampleCompetition
    competition.judges[1].unit = "甲公司"
    competition.judges[2].unit = "区总工会"
    competition.rounds[0].doubleEntry = true
    competition.panels = [
        Panel(trade: "nursery", round: "theory", judges: ["T1"]),
        Panel(trade: "nursery", round: "practical", judges: ["J1", "J2", "J3"]),
    ]
    return competition
}()

func integrityDatabase() throws -> ScoreDatabase {
    let database = try ScoreDatabase(path: nil)
    try database.saveCompetition(integrityCompetition, by: "test")
    _ = try database.importRoster(
        file: "roster.csv", clerk: "test",
        nextRow: rows([
            RosterRow(line: 2, number: "1", name: "张三", unit: "甲公司", trade: "nursery"),
            RosterRow(line: 3, number: "2", name: "李四", unit: "乙公司", trade: "nursery"),
        ]))
    return database
}

func importMarks(
    _ database: ScoreDatabase, clerk: String = "test", _ fields: [(String, String, String, String, String)]
)
    throws -> ImportSummary
{
    try database.importMarks(file: "marks.csv", clerk: clerk, replace: false, nextRow: rows(markRows(fields)))
}

struct PanelStoreTests {
    @Test func panelsAndDoubleEntryRoundTrip() throws {
        let database = try integrityDatabase()
        #expect(try database.competition() == integrityCompetition)
    }

    @Test func aJudgeOutsideThePanelIsRefusedAndTheImportStoresNothing() throws {
        let database = try integrityDatabase()
        #expect {
            try importMarks(database, [("2", "practical", "J2", "30", "prep"), ("2", "practical", "J4", "30", "prep")])
        } throws: { error in
            guard let refusal = error as? Refusal else { return false }
            let row = RowRefusal(refusal)
            return row.line == 3 && row.field == "judge" && refusal.audited == "refusal.panel"
                && row.problem.contains("judge J4 孙丽 is not on the panel for trade nursery, round practical")
        }
        #expect(try database.markCount() == 0)
    }

    @Test func aTypedMarkIsCheckedAgainstThePanelToo() throws {
        let database = try integrityDatabase()
        #expect(throws: Refusal.self) {
            try database.enterMark(
                MarkRow(line: 0, number: "2", round: "practical", judge: "J4", score: "30", criterion: "prep"),
                clerk: "J4", replace: false)
        }
    }
}

struct RecusalStoreTests {
    @Test func aJudgeOfTheCompetitorsUnitIsRefusedUntilAllowed() throws {
        let database = try integrityDatabase()
        let row = ("1", "practical", "J1", "30", "prep")
        #expect {
            try importMarks(database, [row])
        } throws: { error in
            (error as? Refusal)?.audited == "refusal.recusal"
                && (error as? Refusal)?.message(in: .en).hasPrefix(
                    "judge J1 王芳 (甲公司) may not mark competitor 1 张三 (甲公司)")
                    == true
        }
        // A judge of another unit marks competitor 1 freely; J1 marks competitor 2 freely.
        #expect(
            try importMarks(database, [("1", "practical", "J2", "30", "prep"), ("2", "practical", "J1", "30", "prep")])
                .added == 2)

        #expect(throws: Refusal(.reasonRequired, at: .field(.reason))) {
            try database.allowRecusal(judge: "J1", number: "1", reason: "  ", chief: "J3")
        }
        #expect {
            try database.allowRecusal(judge: "J2", number: "1", reason: "x", chief: "J3")
        } throws: { ($0 as? Refusal)?.code == .notSameUnit }
        let allowed = try database.allowRecusal(judge: "J1", number: "1", reason: "经监督同意", chief: "J3")
        #expect(allowed.unit == "甲公司" && allowed.reason == "经监督同意")
        #expect(try importMarks(database, [row]).added == 1)
        #expect(throws: Refusal(.recusalAllowedAlready, ["judge": "J1", "number": "1", "reason": "经监督同意"])) {
            try database.allowRecusal(judge: "J1", number: "1", reason: "again", chief: "J3")
        }
    }

    @Test func aTypedMarkRespectsRecusalAndItsAllowance() throws {
        let database = try integrityDatabase()
        let row = MarkRow(line: 0, number: "1", round: "practical", judge: "J1", score: "30", criterion: "prep")
        #expect(throws: Refusal.self) { try database.enterMark(row, clerk: "J1", replace: false) }
        _ = try database.allowRecusal(judge: "J1", number: "1", reason: "同意", chief: "J3")
        #expect(try database.enterMark(row, clerk: "J1", replace: false).value == Points(whole: 30))
    }
}

struct CredentialStoreTests {
    @Test func aPINIsStoredOnlyAsASaltedHash() throws {
        let database = try integrityDatabase()
        #expect(try !database.credentialsIssued())
        let issued = try database.issueCredentials(to: ["J1", "J2"], issuer: "operator")
        #expect(issued.map(\.pin).allSatisfy { $0.count == 8 && $0.allSatisfy(\.isNumber) })
        let hashes = try database.writer.read { db in try String.fetchAll(db, sql: "SELECT hash FROM credential") }
        #expect(hashes.count == 2)
        #expect(hashes.allSatisfy { $0.hasPrefix("pbkdf2-sha256$600000$") })
        #expect(!hashes.contains { hash in issued.contains { hash.contains($0.pin) } })
        #expect(try database.credentialsIssued())
        try database.verifyPIN(judge: "J1", pin: issued[0].pin, purpose: "test")
        expectPINRefusal(pinRefusal(.wrongPIN, judge: "J1", minutes: nil)) {
            try database.verifyPIN(judge: "J1", pin: issued[1].pin, purpose: "test")
        }
        expectPINRefusal(pinRefusal(.noCredential, judge: "J3")) {
            try database.verifyPIN(judge: "J3", pin: "12345678", purpose: "test")
        }
        expectPINRefusal(pinRefusal(.pinRequired, judge: "J1")) {
            try database.verifyPIN(judge: "J1", pin: nil, purpose: "test")
        }
    }

    @Test func fiveWrongPINsWithinTheWindowLockOutForFifteenMinutes() throws {
        let database = try integrityDatabase()
        let pin = try database.issueCredentials(to: ["J1"], issuer: "operator")[0].pin
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        // Four wrong, spread over 14 minutes: no lockout yet.
        for minute in [0, 5, 10, 14] {
            expectPINRefusal(pinRefusal(.wrongPIN, judge: "J1", minutes: nil)) {
                try database.verifyPIN(judge: "J1", pin: "00000000", purpose: "t", now: start + Double(minute * 60))
            }
        }
        // The fifth within 15 minutes of the second locks the judge out (the first is 16 minutes old).
        expectPINRefusal(pinRefusal(.wrongPIN, judge: "J1", minutes: nil)) {
            try database.verifyPIN(judge: "J1", pin: "00000000", purpose: "t", now: start + 16 * 60)
        }
        expectPINRefusal(pinRefusal(.wrongPIN, judge: "J1", minutes: 15)) {
            try database.verifyPIN(judge: "J1", pin: "00000000", purpose: "t", now: start + 17 * 60)
        }
        let lockedAt = start + 17 * 60
        expectPINRefusal(pinRefusal(.lockedOut, judge: "J1", minutes: 15)) {
            try database.verifyPIN(judge: "J1", pin: pin, purpose: "t", now: lockedAt + 1)
        }
        expectPINRefusal(pinRefusal(.lockedOut, judge: "J1", minutes: 1)) {
            try database.verifyPIN(judge: "J1", pin: pin, purpose: "t", now: lockedAt + 14 * 60 + 30)
        }
        try database.verifyPIN(judge: "J1", pin: pin, purpose: "t", now: lockedAt + 15 * 60)
        // After a lockout the count starts afresh: one wrong PIN does not lock again.
        expectPINRefusal(pinRefusal(.wrongPIN, judge: "J1", minutes: nil)) {
            try database.verifyPIN(judge: "J1", pin: "00000000", purpose: "t", now: lockedAt + 15 * 60 + 5)
        }
    }
}

struct DoubleEntryStoreTests {
    @Test func aMarkCountsOnlyWhenTwoClerksAgree() throws {
        let database = try integrityDatabase()
        let first = try importMarks(
            database, clerk: "甲", [("1", "theory", "T1", "85.5", ""), ("2", "theory", "T1", "90", "")])
        #expect(first == ImportSummary(added: 0, awaitingSecondEntry: 2))
        #expect(try database.markCount() == 0)
        #expect {
            try importMarks(database, clerk: "甲", [("1", "theory", "T1", "85.5", "")])
        } throws: { error in
            (error as? Refusal)?.message(in: .en).contains("clerk 甲 has already entered this mark") == true
        }
        let second = try importMarks(
            database, clerk: "乙", [("1", "theory", "T1", "85.50", ""), ("2", "theory", "T1", "91", "")])
        #expect(second == ImportSummary(added: 1, disagreements: 1))
        #expect(try database.marks().map(\.value) == [Points(hundredths: 8550)])

        let blockers = try database.writer.read { db in
            try ScoreDatabase.doubleEntryBlockers(trade: "nursery", round: "theory", db).map(\.en)
        }
        #expect(
            blockers == [
                "competitor 2, judge T1: entries by 甲, 乙 disagree; a third clerk's entry or the chief judge (`judge double-entry resolve`) settles it"
            ])
        #expect(try database.openDoubleEntries().map(\.isDisagreement) == [true])

        // A third clerk who disagrees with both leaves it open; one who agrees settles it.
        #expect(try importMarks(database, clerk: "丙", [("2", "theory", "T1", "92", "")]).disagreements == 1)
        #expect(try importMarks(database, clerk: "丁", [("2", "theory", "T1", "91", "")]).added == 1)
        #expect(try database.openDoubleEntries().isEmpty)
        #expect(
            try database.marks().map(\.value).sorted() == [Points(hundredths: 8550), Points(whole: 91)])
    }

    @Test func theChiefResolvesOnlyADisagreement() throws {
        let database = try integrityDatabase()
        let row = MarkRow(line: 0, number: "2", round: "theory", judge: "T1", score: "90")
        _ = try database.enterMark(row, clerk: "甲", replace: false)
        #expect(throws: Refusal.self) { try database.resolveDoubleEntry(row, chief: "J3", reason: "checked") }
        var typo = row
        typo.score = "99"
        #expect(try database.enterMark(typo, clerk: "乙", replace: false).doubleEntry == .disagreement)
        #expect(throws: Refusal(.reasonRequired, at: .field(.reason))) {
            try database.resolveDoubleEntry(row, chief: "J3", reason: "")
        }
        let resolved = try database.resolveDoubleEntry(row, chief: "J3", reason: "核对评分表")
        #expect(resolved.value == Points(whole: 90))
        #expect(try database.marks().map(\.value) == [Points(whole: 90)])
        #expect(try database.openDoubleEntries().isEmpty)
        let reasons = try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT reason FROM double_entry_resolution")
        }
        #expect(reasons == ["核对评分表"])
    }

    @Test func aRoundWithoutDoubleEntryStoresAtOnce() throws {
        let database = try integrityDatabase()
        #expect(try importMarks(database, [("2", "practical", "J2", "30", "prep")]) == ImportSummary(added: 1))
    }
}

/// A judge's PIN refused, by its code and the minutes it names (a lockout's), for
/// `#expect(throws:)`.
private func pinRefusal(_ code: RefusalCode, judge: String, minutes: Int? = nil) -> PINCheck {
    PINCheck(code: code, judge: judge, minutes: minutes.map(String.init))
}

private struct PINCheck: Equatable {
    var code: RefusalCode
    var judge: String
    var minutes: String?
}

private func expectPINRefusal(
    _ expected: PINCheck, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
) {
    do {
        try body()
        Issue.record("expected \(expected)", sourceLocation: sourceLocation)
    } catch let refusal as Refusal {
        let found = PINCheck(
            code: refusal.code, judge: refusal.values["judge"] ?? "", minutes: refusal.values["minutes"])
        #expect(found == expected, sourceLocation: sourceLocation)
        // A wrong PIN is recorded with its count; the others by the one wrapper.
        #expect(refusal.audited == (refusal.code == .wrongPIN ? nil : "refusal.pin"), sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected \(expected), got \(error)", sourceLocation: sourceLocation)
    }
}
