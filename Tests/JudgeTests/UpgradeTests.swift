import Foundation
import Testing

/// A database written by the version before this one's migrations (commit dd5bd4b: marks, a
/// replaced mark, a replaced time, both rounds locked, version 1 published) is brought up to
/// date by the first command that writes, and everything in it still verifies.
struct UpgradeTests {
    @Test func aDatabaseOfTheVersionBeforeIsUpgradedAndStillVerifies() throws {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(
            atPath: JudgeProcess.fixture("upgrade/dd5bd4b.sqlite"),
            toPath: folder.appendingPathComponent("judge.sqlite").path)
        let before = try JudgeProcess.run(["rank"], in: folder)
        #expect(before.status == 1)
        #expect(before.stderr.contains("was made by an older judge"), "\(before.stderr)")
        let edit = try JudgeProcess.run(["competitors", "edit", "3", "--name", "王伍", "--reason", "核对身份证"], in: folder)
        #expect(edit.status == 0, "\(edit.stderr)")
        let migrations = try AuditTests.query("SELECT identifier FROM grdb_migrations", in: folder)
        #expect(migrations.hasSuffix("v8-coverage\nv9-history-outlives-reverts\n"), "\(migrations)")
        let verified = try AuditTests.verify(folder)
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(try AuditTests.query("SELECT count(*) FROM mark_history", in: folder) == "1\n")
        #expect(try AuditTests.query("SELECT count(*) FROM time_history", in: folder) == "1\n")
        // The old marks are scored as before: competitor 1's theory mark is the replacement.
        let rank = try JudgeProcess.run(["rank"], in: folder)
        #expect(rank.status == 0 && rank.stdout.contains("77.00"), "\(rank.stdout)")
        // The locks still hold: the replacement's batch cannot be taken back.
        let revert = try JudgeProcess.run(["score", "revert", "--batch", "3", "--reason", "x"], in: folder)
        #expect(revert.status == 1 && revert.stderr.contains("is locked"), "\(revert.stderr)")
        #expect(try AuditTests.verify(folder).status == 0)
    }
}
