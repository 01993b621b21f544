import Foundation
import Testing

/// Issue 14, item 1: `init --force` over signed-off results needs the chief judge, keeps the old
/// file and continues its chain.
struct InitForceTests {
    static let config = JudgeProcess.fixture("publication/competition.yaml")

    @Test func forceOverALockedDatabaseWithoutTheChiefIsRefusedAndChangesNothing() throws {
        let folder = try PublicationWorkflowTests.lockedFolder()
        let before = try folder.contents(of: "judge.sqlite")
        let outcome = try JudgeProcess.run(["init", "--config", Self.config, "--force"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr
                == "Error: judge.sqlite holds 2 locked rounds of 2026年公示测试赛: replacing it needs the chief judge: add --chief ID (and the chief's PIN); the old file is then kept, renamed\n"
        )
        #expect(try folder.contents(of: "judge.sqlite") == before)
        let notChief = try JudgeProcess.run(["init", "--config", Self.config, "--force", "--chief", "J1"], in: folder)
        #expect(notChief.status == 1)
        #expect(notChief.stderr.contains("--chief J1: 王芳 is not a chief judge (裁判长), so may not do judge init --force"))
    }

    @Test func forceWithTheChiefKeepsTheOldFileAndContinuesItsChain() throws {
        let folder = try PublicationWorkflowTests.lockedFolder()
        #expect(try PublicationWorkflowTests.publish(folder).status == 0)
        let oldHead = try JudgeProcess.run(["audit", "log"], in: folder).stdout.split(separator: "\n").last ?? ""
        // As an older version left it, or a copy made with cp: readable by all.
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o644], ofItemAtPath: folder.appendingPathComponent("judge.sqlite").path)
        let outcome = try JudgeProcess.run(["init", "--config", Self.config, "--force", "--chief", "C1"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let keptLine = try #require(
            outcome.stdout.split(separator: "\n").first { $0.hasPrefix("kept the old database as ") })
        let kept = String(keptLine.dropFirst("kept the old database as ".count).split(separator: " ")[0])
        #expect(kept.hasPrefix("judge.sqlite.replaced-"))
        let mode =
            try FileManager.default.attributesOfItem(
                atPath: folder.appendingPathComponent(kept).path)[.posixPermissions] as? Int
        #expect(mode == 0o600, "\(String(mode ?? 0, radix: 8))")
        // The old file is intact: its own chain verifies and still holds the publication.
        let old = try JudgeProcess.run(["audit", "verify", "--db", kept], in: folder)
        #expect(old.status == 0, "\(old.stderr)")
        let oldRecords = try JudgeProcess.run(["audit", "log", "--db", kept], in: folder).stdout
        #expect(oldRecords.split(separator: "\n").last == oldHead)
        // The new chain starts from the old one's last hash, and says so.
        let verified = try AuditTests.verify(folder)
        #expect(verified.status == 0, "\(verified.stderr)")
        let log = try JudgeProcess.run(["audit", "log", "--changes"], in: folder).stdout
        #expect(log.contains("competition.init  by "))
        #expect(log.contains("(replaces database of pub kept as \(kept), audit record "), "\(log)")
        #expect(log.contains("    option replaced-database = database of pub kept as \(kept)"))
    }

    @Test func aForgedChainStartIsFound() throws {
        let folder = try PublicationWorkflowTests.loadedFolder()
        try AuditTests.sqlite(
            "UPDATE audit_log SET prev_hash = '\(String(repeating: "a", count: 64))' WHERE seq = 1", in: folder)
        let outcome = try AuditTests.verify(folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("does not start a chain: it follows a hash that no replaced database names"))
    }

    @Test func forceWithPINsNeedsTheChiefsPIN() throws {
        let folder = try PublicationWorkflowTests.lockedFolder()
        let pins = try IntegrityTests.issuePINs(["C1"], in: folder)
        let without = try JudgeProcess.run(["init", "--config", Self.config, "--force", "--chief", "C1"], in: folder)
        #expect(without.status == 1)
        #expect(without.stderr.contains("judge C1's PIN is required"))
        let with = try JudgeProcess.run(
            ["init", "--config", Self.config, "--force", "--chief", "C1"], in: folder,
            environment: ["JUDGE_PIN": pins["C1"] ?? ""])
        #expect(with.status == 0, "\(with.stderr)")
    }

    @Test func forceOverADatabaseWithNothingSignedOffNeedsNoChiefButKeepsTheFile() throws {
        let folder = try PublicationWorkflowTests.loadedFolder()
        let outcome = try JudgeProcess.run(["init", "--config", Self.config, "--force"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("kept the old database as judge.sqlite.replaced-"))
    }

    /// Deleting the locks in the file to dodge the chief does not work: the log no longer agrees.
    @Test func locksDeletedInTheFileStillNeedTheChief() throws {
        let folder = try PublicationWorkflowTests.lockedFolder()
        try AuditTests.sqlite("DELETE FROM round_lock", in: folder)
        let outcome = try JudgeProcess.run(["init", "--config", Self.config, "--force"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.hasPrefix(
                "Error: judge.sqlite holds an audit log that fails `judge audit verify` (lock nursery theory: "),
            "\(outcome.stderr)")
        #expect(outcome.stderr.contains("replacing it needs the chief judge"))
    }

    @Test func theDatabaseFilesAreOwnerOnly() throws {
        let folder = try PublicationWorkflowTests.loadedFolder()
        for name in ["judge.sqlite", "judge.sqlite-wal", "judge.sqlite-shm"] {
            let path = folder.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(name): \(String(mode ?? 0, radix: 8))")
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("judge.sqlite").path))
    }
}
