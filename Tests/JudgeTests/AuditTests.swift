import Foundation
import Testing

/// `judge audit verify` on databases built through the batch contract and then edited
/// directly with `sqlite3`, as someone covering their tracks would.
struct AuditTests {
    static func builtFolder() throws -> URL {
        let folder = try temporaryFolder()
        for step in [
            ["init", "--config", JudgeProcess.fixture("e2e/competition.yaml"), "--clerk", "组委会"],
            ["roster", "import", JudgeProcess.fixture("e2e/roster.csv"), "--clerk", "录入员甲"],
            ["score", "import", JudgeProcess.fixture("e2e/marks.csv"), "--clerk", "录入员乙"],
        ] {
            let outcome = try JudgeProcess.run(step, in: folder)
            #expect(outcome.status == 0, "\(step): \(outcome.stderr)")
        }
        return folder
    }

    static func sqlite(_ sql: String, in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", folder.appendingPathComponent("judge.sqlite").path, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "sqlite3 \(sql)")
    }

    static func verify(_ folder: URL) throws -> JudgeProcess.Outcome {
        try JudgeProcess.run(["audit", "verify"], in: folder)
    }

    @Test func aDatabaseBuiltByJudgeVerifies() throws {
        let folder = try Self.builtFolder()
        let outcome = try Self.verify(folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        // init, roster, marks; the definition, 3 competitors and 14 marks.
        #expect(outcome.stdout.hasPrefix("audit: OK: 3 records, chain intact; 18 facts agree with the log, last hash "))
    }

    @Test func aMarkChangedInTheFileIsNamed() throws {
        let folder = try Self.builtFolder()
        try Self.sqlite(
            "UPDATE mark SET value_h = 9900 WHERE round_id = 'theory' AND competitor_id = "
                + "(SELECT id FROM competitor WHERE number = '1')", in: folder)
        let outcome = try Self.verify(folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.hasPrefix(
                "audit: FAILED: mark 1 theory T1: the database has 99.00, the audit log says 85.50 "
                    + "(record 3, marks.import by 录入员乙 at "))
    }

    @Test func aMarkDeletedOrAddedInTheFileIsNamed() throws {
        let folder = try Self.builtFolder()
        try Self.sqlite(
            "DELETE FROM mark WHERE judge_id = 'J3' AND criterion_id = 'skill' AND competitor_id = "
                + "(SELECT id FROM competitor WHERE number = '2')", in: folder)
        let deleted = try Self.verify(folder)
        #expect(deleted.status == 1)
        #expect(deleted.stderr.contains("audit: FAILED: mark 2 practical J3 skill: the audit log says "))
        #expect(deleted.stderr.contains(", but the database has none"))

        let added = try Self.builtFolder()
        try Self.sqlite(
            "INSERT INTO mark (competitor_id, round_id, judge_id, criterion_id, value_h, batch_id, line) "
                + "SELECT id, 'theory', 'T1', '', 10000, 3, 99 FROM competitor WHERE number = '3'", in: added)
        let outcome = try Self.verify(added)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr == "audit: FAILED: mark 3 theory T1: the database has 100.00, which no audit record gives\n")
    }

    @Test func aChangedWeightStatusOrTimeIsFound() throws {
        let weight = try Self.builtFolder()
        try Self.sqlite("UPDATE round SET weight_h = 5000 WHERE id = 'theory'", in: weight)
        let outcome = try Self.verify(weight)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("audit: FAILED: definition: the database has "))

        let status = try Self.builtFolder()
        try Self.sqlite("UPDATE competitor SET status = 'disqualified' WHERE number = '1'", in: status)
        let refused = try Self.verify(status)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("audit: FAILED: competitor 1: the database has nursery / disqualified"))
        #expect(refused.stderr.contains("the audit log says nursery / active / 张三 / 甲公司 (record 2, roster.import"))
    }

    @Test func anEditedOrDeletedRecordBreaksTheChain() throws {
        let edited = try Self.builtFolder()
        try Self.sqlite("UPDATE audit_log SET actor = '别人' WHERE seq = 2", in: edited)
        let outcome = try Self.verify(edited)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.hasPrefix("audit: FAILED: record 2, roster.import by 别人 at ")
                && outcome.stderr.hasSuffix(
                    " was changed after it was written: its content no longer matches its hash\n")
        )

        let deleted = try Self.builtFolder()
        try Self.sqlite("DELETE FROM audit_log WHERE seq = 2", in: deleted)
        let missing = try Self.verify(deleted)
        #expect(missing.status == 1)
        #expect(missing.stderr == "audit: FAILED: audit record 2 is missing: the log goes from 1 to 3\n")
    }

    @Test func typedMarksAndTimesAreLoggedAndTheLogShowsOneCompetitor() throws {
        let folder = try Self.builtFolder()
        try folder.write("number,round,time\n1,practical,12:00\n2,practical,11:59\n", to: "times.csv")
        for step in [
            ["time", "import", "times.csv", "--clerk", "计时员"],
            ["score", "enter", "--number", "1", "--round", "theory", "--judge", "T1", "86", "--replace"],
        ] {
            let outcome = try JudgeProcess.run(step, in: folder)
            #expect(outcome.status == 0, "\(step): \(outcome.stderr)")
        }
        #expect(try Self.verify(folder).status == 0)

        let log = try JudgeProcess.run(["audit", "log", "--number", "1"], in: folder)
        #expect(log.status == 0)
        let lines = log.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.filter { $0.hasPrefix("#") }.map { $0.split(separator: " ")[3] } == [
                "roster.import", "marks.import", "times.import", "mark.enter",
            ])
        #expect(lines.contains("    mark 1 theory T1 = 85.50"))
        #expect(lines.contains("    time 1 practical = 720"))
        #expect(lines.contains("    mark 1 theory T1 = 86.00"))
        #expect(log.stdout.contains("score enter: competitor 1, round theory, judge T1: 86.00 (was 85.50)"))
        #expect(!log.stdout.contains("mark 2 "))

        try Self.sqlite("UPDATE time_used SET seconds = 700 WHERE round_id = 'practical' AND line = 2", in: folder)
        let outcome = try Self.verify(folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.hasPrefix("audit: FAILED: time 1 practical: the database has 700, the audit log says 720"))
    }
}
