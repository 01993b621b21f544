import Foundation
import GRDB
import Messages
import ScoringCore
import StoreValues
import Testing

@testable import ScoreStore

/// `sampleCompetition` with practical's max_spread 10, competitors 1–3 (3 absent), and
/// complete marks: competitor 1's practical marks are 80, 82, 84; competitor 2's 70, 75, 95.
func lockDatabase() throws -> ScoreDatabase {
    var competition = sampleCompetition
    competition.rounds[1].maxSpread = Points(whole: 10)
    let database = try ScoreDatabase(path: nil)
    try database.saveCompetition(competition, by: "test")
    _ = try database.importRoster(
        file: "roster.csv", clerk: "test",
        nextRow: rows([
            RosterRow(line: 2, number: "1", name: "张三", unit: "甲公司", trade: "nursery"),
            RosterRow(line: 3, number: "2", name: "李四", unit: "乙公司", trade: "nursery"),
            RosterRow(line: 4, number: "3", name: "王五", unit: "丙公司", trade: "nursery", status: "absent"),
        ]))
    _ = try database.importMarks(
        file: "marks.csv", clerk: "test", replace: false,
        nextRow: rows(
            markRows([
                ("1", "theory", "T1", "85.5", ""), ("2", "theory", "T1", "90", ""),
                ("1", "practical", "J1", "30", "prep"), ("1", "practical", "J1", "50", "skill"),
                ("1", "practical", "J2", "32", "prep"), ("1", "practical", "J2", "50", "skill"),
                ("1", "practical", "J3", "34", "prep"), ("1", "practical", "J3", "50", "skill"),
                ("2", "practical", "J1", "30", "prep"), ("2", "practical", "J1", "40", "skill"),
                ("2", "practical", "J2", "35", "prep"), ("2", "practical", "J2", "40", "skill"),
                ("2", "practical", "J3", "35", "prep"), ("2", "practical", "J3", "60", "skill"),
            ])))
    return database
}

func count(_ table: String, in database: ScoreDatabase) throws -> Int {
    try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
}

struct LockTests {
    @Test func theMaxSpreadRoundTripsThroughTheDatabase() throws {
        let database = try lockDatabase()
        #expect(try database.competition().round("practical")?.maxSpread == Points(whole: 10))
        #expect(try database.competition().round("theory")?.maxSpread == nil)
    }

    @Test func aLockIsRefusedWhileAMarkIsMissingAndListsIt() throws {
        let database = try sampleDatabase()
        _ = try database.importMarks(
            file: "m.csv", clerk: "test", replace: false, nextRow: rows(markRows([("1", "theory", "T1", "80", "")])))
        #expect(
            throws: Refusal.blocked(
                trade: "nursery", round: "theory",
                blockers: [
                    Bilingual(zh: "选手 2、环节 theory、裁判 T1：缺分", en: "competitor 2, round theory, judge T1: missing")
                ])
        ) {
            try database.lockRound(trade: "nursery", round: "theory", chief: "J4")
        }
        #expect(try database.lockedRounds(of: "nursery").isEmpty)
    }

    @Test func aLockIsRefusedWhileAFlagIsUnconfirmedAndHoldsOnceConfirmed() throws {
        let database = try lockDatabase()
        let blocker = Bilingual(
            zh: "选手 2、环节 practical：J1 70.00，J2 75.00，J3 95.00 — 分差 25.00 > 10.00：裁判长尚未确认（`judge flags confirm`）",
            en:
                "competitor 2, round practical: J1 70.00, J2 75.00, J3 95.00 — spread 25.00 > 10.00: not confirmed by the chief judge (`judge flags confirm`)"
        )
        #expect(throws: Refusal.blocked(trade: "nursery", round: "practical", blockers: [blocker])) {
            try database.lockRound(trade: "nursery", round: "practical", chief: "J4")
        }
        let flag = try database.confirmSpread(
            number: "2", round: "practical", chief: "J4", reason: "J3 saw the final step")
        #expect(flag.spread == Points(whole: 25))
        let lock = try database.lockRound(trade: "nursery", round: "practical", chief: "J4")
        #expect(lock.chief == "J4")
        #expect(try database.lockedRounds(of: "nursery") == ["practical"])
        #expect(throws: Refusal.alreadyLocked(lock)) {
            try database.lockRound(trade: "nursery", round: "practical", chief: "J4")
        }
    }

    @Test func writesToALockedRoundAreRefusedAndNothingIsStored() throws {
        let database = try lockDatabase()
        _ = try database.lockRound(trade: "nursery", round: "theory", chief: "J4")
        let before = try count("mark", in: database)
        let batches = try count("entry_batch", in: database)
        let refusal = { (line: Int, kind: String) in
            RowRefusal(
                line: line, field: "round", value: "theory",
                problem: try
                    "trade nursery, round theory is locked (by J4 at \(LocalTime.text(stored: database.roundLocks()[0].lockedAt))): \(kind)"
            )
        }
        let markProblem = "a mark of a locked round changes only through `judge score correct` by the chief judge"
        // A practical row first, which is fine; the theory row after it is refused and takes it back.
        expectRefusal(try refusal(3, markProblem)) {
            try database.importMarks(
                file: "m.csv", clerk: "test", replace: true,
                nextRow: rows(markRows([("1", "practical", "J1", "31", "prep"), ("1", "theory", "T1", "99", "")])))
        }
        expectRefusal(try refusal(0, markProblem)) {
            try database.enterMark(
                MarkRow(line: 0, number: "1", round: "theory", judge: "T1", score: "99"), clerk: "T1", replace: true)
        }
        expectRefusal(
            try refusal(2, "times of a locked round cannot change; the chief judge can `judge unlock` it with a reason")
        ) {
            try database.importTimes(
                file: "t.csv", clerk: "test", replace: false,
                nextRow: rows([TimeRow(line: 2, number: "1", round: "theory", time: "12:00")]))
        }
        #expect(try count("mark", in: database) == before)
        #expect(try count("mark_history", in: database) == 0)
        #expect(try count("time_used", in: database) == 0)
        #expect(try count("entry_batch", in: database) == batches)
    }

    @Test func aCorrectionKeepsTheOldValueAndTheReasonAndLeavesTheLock() throws {
        let database = try lockDatabase()
        _ = try database.lockRound(trade: "nursery", round: "theory", chief: "J4")
        let row = MarkRow(line: 0, number: "1", round: "theory", judge: "T1", score: "86.5")
        let correction = try database.correctMark(row, chief: "J4", reason: "added up wrongly on paper")
        #expect(correction.old == Points(hundredths: 8550))
        #expect(correction.new == Points(hundredths: 8650))
        #expect(correction.lock?.chief == "J4")
        #expect(try database.lockedRounds(of: "nursery") == ["theory"])
        let history = try database.writer.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT h.old_value_h, c.reason, c.chief FROM mark_history h
                    JOIN mark_correction c ON c.batch_id = h.new_batch_id
                    """)
        }
        #expect(history?["old_value_h"] == 8550)
        #expect(history?["reason"] == "added up wrongly on paper")
        #expect(history?["chief"] == "J4")
        #expect(try database.verifyAudit().problem == nil)
        #expect(
            try database.marks().first { $0.round == "theory" && $0.number == "1" }?.value
                == .init(hundredths: 8650))
    }

    @Test(arguments: [
        (
            MarkRow(line: 0, number: "1", round: "theory", judge: "T1", score: "90"), " ",
            Refusal(.reasonRequired, at: .field(.reason)) as any Error
        ),
        (
            MarkRow(line: 0, number: "1", round: "theory", judge: "T1", score: "85.50"), "same",
            Refusal(.markUnchanged, ["number": "1", "round": "theory", "judge": "T1"]) as any Error
        ),
        (
            MarkRow(line: 0, number: "3", round: "theory", judge: "T1", score: "50"), "absent",
            Refusal(.noSuchMark, ["number": "3", "round": "theory", "judge": "T1"]) as any Error
        ),
    ])
    func aCorrectionWithoutReasonOrChangeIsRefused(row: MarkRow, reason: String, refusal: any Error) throws {
        let database = try lockDatabase()
        #expect {
            try database.correctMark(row, chief: "J4", reason: reason)
        } throws: { error in
            String(describing: error) == String(describing: refusal)
        }
        #expect(try count("mark_correction", in: database) == 0)
        #expect(try count("mark_history", in: database) == 0)
    }

    @Test func unlockNeedsAReasonAndAllowsWritesAgain() throws {
        let database = try lockDatabase()
        _ = try database.lockRound(trade: "nursery", round: "theory", chief: "J4")
        #expect(throws: Refusal(.reasonRequired, at: .field(.reason))) {
            try database.unlockRound(trade: "nursery", round: "theory", chief: "J4", reason: "")
        }
        _ = try database.unlockRound(trade: "nursery", round: "theory", chief: "J4", reason: "theory re-marked")
        #expect(try database.lockedRounds(of: "nursery").isEmpty)
        #expect(throws: Refusal.notLocked(trade: "nursery", round: "theory")) {
            try database.unlockRound(trade: "nursery", round: "theory", chief: "J4", reason: "again")
        }
        let summary = try database.importMarks(
            file: "m.csv", clerk: "test", replace: true, nextRow: rows(markRows([("1", "theory", "T1", "99", "")])))
        #expect(summary.replaced == 1)
        #expect(try database.verifyAudit().problem == nil)
    }

    @Test func aConfirmationHoldsOnlyForTheMarksConfirmed() throws {
        let database = try lockDatabase()
        #expect(throws: Refusal.flag(.notFlagged, number: "1", round: "practical")) {
            try database.confirmSpread(number: "1", round: "practical", chief: "J4", reason: "fine")
        }
        _ = try database.confirmSpread(number: "2", round: "practical", chief: "J4", reason: "seen")
        #expect(throws: Refusal.flag(.alreadyConfirmed, number: "2", round: "practical")) {
            try database.confirmSpread(number: "2", round: "practical", chief: "J4", reason: "seen")
        }
        func unconfirmed() throws -> [CompetitorNumber] {
            let flags = try database.scoredCompetition().trades[0].flags
            return SpreadReview(flags: flags, confirmations: try database.spreadConfirmations()).unconfirmed.map(
                \.number)
        }
        #expect(try unconfirmed() == [])
        // J3's skill 60 → 59: still 24 apart, but not the marks confirmed.
        _ = try database.enterMark(
            MarkRow(line: 0, number: "2", round: "practical", judge: "J3", score: "59", criterion: "skill"),
            clerk: "J3",
            replace: true)
        #expect(try unconfirmed() == ["2"])
        // A correction into the spread (95 → 80 against 70 and 75) clears the flag.
        let correction = try database.correctMark(
            MarkRow(line: 0, number: "2", round: "practical", judge: "J3", score: "45", criterion: "skill"),
            chief: "J4",
            reason: "misread")
        #expect(correction.flag == nil)
        #expect(try unconfirmed() == [])
        #expect(try database.verifyAudit().problem == nil)
    }

    @Test func aLockHoldsForItsTradeOnlyAndItsRefusalIsAuditedAlone() throws {
        var competition = sampleCompetition
        competition.trades.append(Trade(id: "caregiver", name: "家庭照护员"))
        let database = try ScoreDatabase(path: nil)
        try database.saveCompetition(competition, by: "test")
        _ = try database.importRoster(
            file: "roster.csv", clerk: "test",
            nextRow: rows([
                RosterRow(line: 2, number: "1", name: "张三", unit: "甲公司", trade: "nursery"),
                RosterRow(line: 3, number: "7", name: "赵六", unit: "丁公司", trade: "caregiver"),
            ]))
        _ = try database.importMarks(
            file: "m.csv", clerk: "test", replace: false, nextRow: rows(markRows([("1", "theory", "T1", "80", "")])))
        _ = try database.lockRound(trade: "nursery", round: "theory", chief: "J4")
        let added = try database.importMarks(
            file: "m2.csv", clerk: "test", replace: false, nextRow: rows(markRows([("7", "theory", "T1", "70", "")])))
        #expect(added.added == 1)
        let records = try count("audit_log", in: database)
        #expect(throws: Refusal.self) {
            try database.importMarks(
                file: "m3.csv", clerk: "录入员", replace: true,
                nextRow: rows(markRows([("7", "theory", "T1", "71", ""), ("1", "theory", "T1", "81", "")])))
        }
        #expect(try count("audit_log", in: database) == records + 1)
        let last = try database.writer.read { db in
            try Row.fetchOne(
                db, sql: "SELECT kind, actor, summary, length(changes) AS size FROM audit_log ORDER BY seq DESC")
        }
        #expect(last?["kind"] == "refusal.locked")
        #expect(last?["actor"] == "录入员")
        #expect(last?["size"] == 0)
        #expect(
            (last?["summary"] as String?)?.hasPrefix(
                "score import m3.csv line 3 refused: trade nursery, round theory is locked") == true)
        #expect(try database.marks().map(\.value) == [Points(whole: 80), Points(whole: 70)])
        #expect(try database.verifyAudit().problem == nil)
    }
}
