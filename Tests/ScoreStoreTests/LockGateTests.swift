import Foundation
import GRDB
import Messages
import ScoringCore
import Testing

@testable import ScoreStore

/// The integrity competition in a file, opened as `judge serve` opens it (web tables included).
func servedIntegrityDatabase() throws -> ScoreDatabase {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("served-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("judge.sqlite").path
    let setup = try ScoreDatabase.create(path: path)
    try setup.saveCompetition(integrityCompetition, by: "test")
    _ = try setup.importRoster(
        file: "roster.csv", clerk: "test",
        nextRow: rows([
            RosterRow(line: 2, number: "1", name: "张三", unit: "甲公司", trade: "nursery"),
            RosterRow(line: 3, number: "2", name: "李四", unit: "乙公司", trade: "nursery"),
        ]))
    try setup.close()
    return try ScoreDatabase.openPool(path: path)
}

/// The lock's audit gate in a service that verified the whole log once (`VerifiedAudit`): what
/// only this process wrote is checked record by record since; an edit by any other connection
/// still sends it through the whole verification, which refuses it.
struct LockGateTests {
    /// Two judges' marks for competitor 2, each `score`, as tablets send them.
    private func typedMarks(_ database: ScoreDatabase, _ score: String) throws {
        let marks = [("J2", "prep"), ("J3", "skill")].map { judge, criterion in
            TypedMark(
                row: MarkRow(
                    line: 0, number: "2", round: "practical", judge: judge, score: score, criterion: criterion),
                clerk: judge, replace: true, authenticated: .judgePIN,
                request: WebMarkRequest(judge: JudgeID(judge), requestID: "\(criterion)\(score)", sent: score))
        }
        #expect(try database.enterMarks(marks).allSatisfy { (try? $0.get()) != nil })
    }

    @Test func marksThisProcessStoredPassTheGateAndTheLockIsRefusedOnlyForWhatIsMissing() throws {
        let database = try servedIntegrityDatabase()
        try database.verifyAuditForLocks()
        try typedMarks(database, "30")
        #expect {
            try database.lockRound(trade: "nursery", round: "practical", chief: "J1")
        } throws: { ($0 as? Refusal)?.code == .blocked }
    }

    @Test(arguments: [
        "UPDATE mark SET value_h = value_h + 1",
        "DELETE FROM mark_history",
        "UPDATE audit_log SET summary = summary || ' ' WHERE seq = (SELECT max(seq) FROM audit_log)",
    ])
    func anEditByAnotherConnectionAfterTheVerificationStillBlocksTheLock(edit: String) throws {
        let database = try servedIntegrityDatabase()
        try database.verifyAuditForLocks()
        try typedMarks(database, "30")
        // Changed: the old values go to the history, which one edit below removes.
        try typedMarks(database, "31")
        let other = try DatabaseQueue(path: database.path)
        try other.write { db in try db.execute(sql: edit) }
        try other.close()
        #expect {
            try database.lockRound(trade: "nursery", round: "practical", chief: "J1")
        } throws: { ($0 as? Refusal)?.code == .auditBroken }
    }
}
