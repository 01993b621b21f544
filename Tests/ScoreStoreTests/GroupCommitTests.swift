import Foundation
import GRDB
import Messages
import ScoringCore
import Testing

@testable import ScoreStore

/// `enterMarks`: judges' typed marks stored in one transaction (one commit), each in a savepoint
/// of its own, as `judge serve` groups the marks that arrive while a commit is under way.
struct GroupCommitTests {
    private func typed(_ number: String, _ judge: String, _ criterion: String, _ score: String, request: String)
        -> TypedMark
    {
        TypedMark(
            row: MarkRow(line: 0, number: number, round: "practical", judge: judge, score: score, criterion: criterion),
            clerk: judge, replace: true, authenticated: .judgePIN,
            request: WebMarkRequest(judge: JudgeID(judge), requestID: request, sent: "\(number) \(criterion) \(score)"))
    }

    /// A mark answered 200 must survive a power cut: the served database syncs its log at every
    /// commit (GRDB's pool would set NORMAL, which syncs only at a checkpoint).
    @Test func theServedDatabaseSyncsEveryCommit() throws {
        let database = try servedIntegrityDatabase()
        #expect(
            try database.writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") } == 2)
        #expect(try database.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
    }

    @Test func aRefusedMarkIsRolledBackAloneAndRecordedTheOthersAreStoredWithTheirAuditRecords() throws {
        let database = try servedIntegrityDatabase()
        let before = try database.auditSequence()
        let results = try database.enterMarks([
            typed("2", "J2", "prep", "30", request: "a"),
            // J1 shares competitor 1's unit: recused, and the refusal is kept in the audit log.
            typed("1", "J1", "prep", "31", request: "b"),
            typed("2", "J2", "skill", "50", request: "c"),
            // The same request id again in the same group: its row clashes, so it is rolled back.
            typed("2", "J2", "skill", "51", request: "c"),
        ])
        #expect(results.map { (try? $0.get())?.value } == [Points(whole: 30), nil, Points(whole: 50), nil])
        #expect(throws: Refusal.self) { try results[1].get() }
        let marks = try database.marks().map {
            "\($0.number) \($0.judge) \($0.criterion?.rawValue ?? "-") \($0.value)"
        }
        #expect(marks.sorted() == ["2 J2 prep 30.00", "2 J2 skill 50.00"])
        let kinds = try database.auditKinds(after: before)
        #expect(kinds.filter { $0 == "mark.enter" }.count == 2)
        #expect(kinds.count == 3, "two marks and the recusal refusal: \(kinds)")
        #expect(try database.answeredMarkRequest(judge: "J2", requestID: "c")?.value == Points(whole: 50))
        #expect(try database.answeredMarkRequest(judge: "J1", requestID: "b") == nil)
        #expect(try database.verifyAudit().problems == [])
    }
}
