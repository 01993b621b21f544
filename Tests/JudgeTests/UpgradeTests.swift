import Foundation
import Testing

/// Databases written by earlier versions. Each schema change is a new named migration with a
/// test here that opens a database the version before it wrote (Fixtures/upgrade/, made by
/// `make-fixture.sh` with that version's build).
struct UpgradeTests {
    /// Written by commit 3391a04, the last with the nine migrations that "schema" squashed:
    /// marks, a replaced mark and time, an edited competitor, a reverted batch, both rounds
    /// locked, version 1 published.
    static func squashedChainFolder() throws -> URL {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(
            atPath: JudgeProcess.fixture("upgrade/3391a04.sqlite"),
            toPath: folder.appendingPathComponent("judge.sqlite").path)
        return folder
    }

    /// Every row of every table but the migrations' own (not the tables and triggers, which a
    /// migration may change).
    static func data(_ folder: URL) throws -> [Substring] {
        try AuditTests.query(".dump", in: folder).split(separator: "\n").filter {
            $0.hasPrefix("INSERT INTO ") && !$0.contains("grdb_migrations")
        }
    }

    @Test func aDatabaseOfTheSquashedMigrationsIsTakenAsItIs() throws {
        let folder = try Self.squashedChainFolder()
        let before = try Self.data(folder)
        // Read-only commands need no write to take it.
        let rank = try JudgeProcess.run(["rank"], in: folder)
        #expect(rank.status == 0 && rank.stdout.contains("77.00"), "\(rank.stderr)")
        #expect(try AuditTests.query("SELECT count(*) FROM grdb_migrations", in: folder) == "9\n")
        // The first command that opens it for writing records "schema" in place of the nine, and
        // the migrations after it, and changes no row: this import is refused as bad input,
        // which writes nothing.
        try folder.write("number,round,judge,score,criterion\n1,practical,J1,abc,prep\n", to: "bad.csv")
        let refused = try JudgeProcess.run(["score", "import", "bad.csv"], in: folder)
        #expect(refused.status == 1 && refused.stderr.contains("bad.csv:2:4"), "\(refused.stderr)")
        #expect(
            try AuditTests.query("SELECT identifier FROM grdb_migrations ORDER BY identifier", in: folder)
                == "history-clock\nschema\n")
        #expect(try Self.data(folder) == before)
        #expect(try AuditTests.verify(folder).status == 0)
        // It works on as it did: an edit is recorded and verifies, the locks still hold.
        let edit = try JudgeProcess.run(["competitors", "edit", "3", "--name", "王伍", "--reason", "核对身份证"], in: folder)
        #expect(edit.status == 0, "\(edit.stderr)")
        #expect(try AuditTests.query("SELECT count(*) FROM mark_history", in: folder) == "1\n")
        #expect(try AuditTests.query("SELECT count(*) FROM time_history", in: folder) == "1\n")
        let revert = try JudgeProcess.run(["score", "revert", "--batch", "3", "--reason", "x"], in: folder)
        #expect(revert.status == 1 && revert.stderr.contains("is locked"), "\(revert.stderr)")
        let verified = try AuditTests.verify(folder)
        #expect(verified.status == 0, "\(verified.stderr)")
    }

    /// Written by commit 510b96e, the last before "history-clock" (the same schema as main at
    /// e625600): the history triggers then dated a replaced mark by SQLite's clock.
    @Test func aDatabaseBeforeTheHistoryClockIsReadAsItIsAndUpgradedByTheFirstWrite() throws {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(
            atPath: JudgeProcess.fixture("upgrade/510b96e.sqlite"),
            toPath: folder.appendingPathComponent("judge.sqlite").path)
        let before = try Self.data(folder)
        // Read-only commands read it as it is: the migration only changes what writes do.
        let rank = try JudgeProcess.run(["rank"], in: folder)
        #expect(rank.status == 0 && rank.stdout.contains("77.00"), "\(rank.stderr)")
        #expect(try AuditTests.verify(folder).status == 0)
        #expect(try AuditTests.query("SELECT identifier FROM grdb_migrations", in: folder) == "schema\n")
        #expect(try Self.data(folder) == before)
        // The first write applies it; the history row of the corrected mark is dated when the
        // correction's batch began, by judge's clock; the older history stays as it was.
        let correct = try JudgeProcess.run(
            [
                "score", "correct", "--number", "1", "--round", "theory", "--judge", "T1", "--value", "79",
                "--reason", "复核", "--chief", "C1",
            ], in: folder)
        #expect(correct.status == 0, "\(correct.stderr)")
        #expect(
            try AuditTests.query("SELECT identifier FROM grdb_migrations ORDER BY identifier", in: folder)
                == "history-clock\nschema\n")
        let history = try AuditTests.query(
            "SELECT h.replaced_at = b.started_at, b.kind FROM mark_history h JOIN entry_batch b ON b.id = h.new_batch_id ORDER BY h.id",
            in: folder)
        #expect(history.hasSuffix("1|correct\n"), "\(history)")
        let kept = before.filter {
            $0.hasPrefix("INSERT INTO mark_history") || $0.hasPrefix("INSERT INTO time_history")
        }
        let after = Set(try Self.data(folder))
        #expect(!kept.isEmpty && Set(kept).isSubset(of: after))
        let verified = try AuditTests.verify(folder)
        #expect(verified.status == 0, "\(verified.stderr)")
    }

    /// Commit dd5bd4b stopped at "v5-publication": such a database is made again, not patched.
    @Test func aDatabaseOfPartOfTheSquashedMigrationsIsRefusedSayingHowToMakeItAgain() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("judge.sqlite")
        try FileManager.default.copyItem(atPath: JudgeProcess.fixture("upgrade/dd5bd4b.sqlite"), toPath: path.path)
        let bytes = try Data(contentsOf: path)
        for command in [["rank"], ["score", "enter", "--judge", "J1", "--number", "1", "--round", "theory", "80"]] {
            let outcome = try JudgeProcess.run(command, in: folder)
            #expect(outcome.status == 1)
            #expect(
                outcome.stderr
                    == "Error: judge.sqlite was made by an older judge and cannot be brought up to date (it lacks the migrations v6-roster-changes-and-reverts, v7-documents, v8-coverage, v9-history-outlives-reverts): create a new database with `judge init --config FILE.yaml` and import the roster, marks and times again\n"
            )
        }
        #expect(try Data(contentsOf: path) == bytes)
    }

    /// All nine migrations recorded, but a table changed by hand: not the schema "schema" makes.
    @Test func aDatabaseWhoseTablesDifferIsRefused() throws {
        let folder = try Self.squashedChainFolder()
        _ = try AuditTests.query("ALTER TABLE appeal ADD COLUMN note TEXT", in: folder)
        let outcome = try JudgeProcess.run(["rank"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.contains(
                "cannot be brought up to date (its tables differ from the ones this judge makes: found \"appeal: column note TEXT notnull=0 default=- pk=0\" where \"appeal: foreign key 0.0 trade_id -> trade(id)\" belongs)"
            ), "\(outcome.stderr)")
    }
}
