import Foundation
import Testing

/// Issue 14, items 2 and 6: the audit chain pinned by each publication, lock and publish refused
/// on a database that fails `audit verify`, every difference listed, and the append-only tables
/// (batches, history, double entries, PIN failures and lockouts) under the log.
struct ChainPinTests {
    static func publishedFolder() throws -> (URL, pin: String) {
        let folder = try PublicationWorkflowTests.lockedFolder()
        let outcome = try PublicationWorkflowTests.publish(folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let line = try #require(outcome.stdout.split(separator: "\n").first { $0.hasPrefix("audit pin ") })
        // "audit pin 12:<hash>: keep it; …"
        return (folder, String(line.dropFirst("audit pin ".count).split(separator: " ")[0].dropLast()))
    }

    static func verify(_ folder: URL, expect pin: String) throws -> JudgeProcess.Outcome {
        try JudgeProcess.run(["audit", "verify", "--expect", pin], in: folder)
    }

    @Test func aPublicationPrintsThePinAndCarriesItInTheManifestAndNotice() throws {
        let (folder, pin) = try Self.publishedFolder()
        #expect(pin.split(separator: ":").count == 2 && pin.split(separator: ":")[1].count == 64, "\(pin)")
        let manifest = try PublicationWorkflowTests.text(folder, "nursery-v1.sha256")
        #expect(manifest.hasSuffix("# 审计链：judge audit verify --expect \(pin)\n"))
        let notice = try PublicationWorkflowTests.text(folder, "nursery-v1-notice.csv")
        let record = pin.split(separator: ":")[0]
        #expect(
            notice.contains(
                "；审计链：第\(record)条记录 SHA-256：\(pin.split(separator: ":")[1])（核对：judge audit verify --expect \(pin)）"))
        let verified = try Self.verify(folder, expect: pin)
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("; record \(record) is the one published"))
        // The comment line is skipped by sha256sum, even with --strict.
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["sha256sum", "--check", "--strict", "--quiet", "nursery-v1.sha256"]
        check.currentDirectoryURL = folder.appendingPathComponent("pub")
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0)
    }

    @Test func aLogCutShortAfterThePublicationIsFoundAgainstThePin() throws {
        let (folder, pin) = try Self.publishedFolder()
        let record = try #require(Int(pin.split(separator: ":")[0]))
        // The insider removes the last records and what they set, so the rest agrees.
        try AuditTests.sqlite(
            "DELETE FROM audit_log WHERE seq >= \(record); DELETE FROM publication_file; DELETE FROM publication;",
            in: folder)
        let outcome = try Self.verify(folder, expect: pin)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.contains(
                "audit: FAILED: audit record \(record) is missing (the log ends at record \(record - 1)), but a publication pinned it: the log was cut short after it was published"
            ), "\(outcome.stderr)")
        // A pin copied by hand in capitals is the same pin.
        #expect(try Self.verify(folder, expect: pin.uppercased()).stderr == outcome.stderr)
    }

    /// Making a trade final prints the pin of the final record itself: cutting that record (and
    /// its `final_at`) away is found against it, though the publication's earlier pin still holds.
    @Test func aFinalRecordCutAwayIsFoundAgainstTheFinalPin() throws {
        let folder = try PublicationWorkflowTests.lockedFolder()
        #expect(try PublicationWorkflowTests.publish(folder, ["--notice-days", "0"]).status == 0)
        let final = try PublicationWorkflowTests.publish(folder, ["--final"])
        #expect(final.status == 0, "\(final.stderr)")
        let line = try #require(final.stdout.split(separator: "\n").first { $0.hasPrefix("audit pin ") })
        let pin =
            String(line.dropFirst("audit pin ".count).prefix { $0 != ":" }) + ":"
            + String(line.split(separator: ":")[1].prefix(64))
        let record = try #require(Int(pin.split(separator: ":")[0]))
        try AuditTests.sqlite(
            "UPDATE publication SET final_at = NULL, final_by = NULL; DELETE FROM audit_log WHERE seq >= \(record);",
            in: folder)
        let outcome = try Self.verify(folder, expect: pin)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("audit: FAILED: audit record \(record) is missing"), "\(outcome.stderr)")
    }

    @Test func aRebuiltDatabaseWithAConsistentChainIsFoundAgainstThePin() throws {
        let (folder, pin) = try Self.publishedFolder()
        // The same steps again make a chain as long, self-consistent, with other hashes.
        let (rebuilt, _) = try Self.publishedFolder()
        #expect(try AuditTests.verify(rebuilt).status == 0)
        let outcome = try JudgeProcess.run(
            ["audit", "verify", "--expect", pin, "--db", rebuilt.appendingPathComponent("judge.sqlite").path],
            in: folder)
        #expect(outcome.status == 1)
        let record = pin.split(separator: ":")[0]
        #expect(
            outcome.stderr.hasPrefix("audit: FAILED: audit record \(record) has hash "),
            "\(outcome.stderr)")
        #expect(
            outcome.stderr.contains("but the publication pinned \(pin.split(separator: ":")[1]): the log was rewritten")
        )
    }

    @Test func aMalformedPinIsRefusedWithTheFormat() throws {
        let (folder, _) = try Self.publishedFolder()
        let outcome = try Self.verify(folder, expect: "12-abc")
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.hasPrefix("Error: --expect \"12-abc\": give the pin as RECORD:HASH"), "\(outcome.stderr)")
    }

    @Test func lockAndPublishAreRefusedWhileTheAuditFails() throws {
        let folder = try PublicationWorkflowTests.loadedFolder()
        try AuditTests.sqlite(
            "UPDATE mark SET value_h = 9900 WHERE round_id = 'theory' AND competitor_id = (SELECT id FROM competitor WHERE number = '1')",
            in: folder)
        let lock = try JudgeProcess.run(
            ["lock", "--trade", "nursery", "--round", "theory", "--chief", "C1"], in: folder)
        #expect(lock.status == 1)
        #expect(
            lock.stderr.hasPrefix(
                "Error: judge lock refused: the audit log does not match the database (`judge audit verify` fails), so it may have been changed outside judge:\n  mark 1 theory T1: the database has 99.00, the audit log says 85.50"
            ), "\(lock.stderr)")
        let locked = try PublicationWorkflowTests.lockedFolder()
        try AuditTests.sqlite("UPDATE mark SET value_h = 9900 WHERE round_id = 'theory'", in: locked)
        let publish = try PublicationWorkflowTests.publish(locked)
        #expect(publish.status == 1)
        #expect(publish.stderr.hasPrefix("Error: judge results publish refused: the audit log does not match"))
        #expect(!FileManager.default.fileExists(atPath: locked.appendingPathComponent("pub").path))
    }

    @Test func finalIsRefusedWhileTheAuditFails() throws {
        let folder = try PublicationWorkflowTests.lockedFolder()
        #expect(try PublicationWorkflowTests.publish(folder, ["--notice-days", "0"]).status == 0)
        try AuditTests.sqlite("DELETE FROM pin_failure; UPDATE entry_batch SET clerk = '某人' WHERE id = 1", in: folder)
        let final = try PublicationWorkflowTests.publish(folder, ["--final"])
        #expect(final.status == 1)
        #expect(final.stderr.contains("judge results publish --final refused: the audit log does not match"))
        #expect(final.stderr.contains("row:entry_batch 1: the database has kind=roster / file="))
    }

    @Test func verifyListsEveryDifferenceNotOnlyTheFirst() throws {
        let folder = try PublicationWorkflowTests.loadedFolder()
        try AuditTests.sqlite("UPDATE mark SET value_h = value_h + 100 WHERE round_id = 'practical'", in: folder)
        let outcome = try AuditTests.verify(folder)
        #expect(outcome.status == 1)
        let lines = outcome.stderr.split(separator: "\n")
        // The 12 practical marks, and the 12 history rows the update trigger added behind them.
        #expect(lines.count == 24, "\(outcome.stderr)")
        #expect(lines.filter { $0.hasPrefix("audit: FAILED: mark 1 practical ") }.count == 6)
        #expect(lines.filter { $0.hasPrefix("audit: FAILED: mark 2 practical ") }.count == 6)
        #expect(
            lines.filter { $0.contains("row:mark_history ") && $0.hasSuffix("which no audit record gives") }.count == 12
        )
    }

    @Test func moreThanFiftyDifferencesAreCounted() throws {
        let folder = try PublicationWorkflowTests.loadedFolder()
        var rows = "number,name,unit,trade\n"
        for number in 10..<70 { rows += "\(number),选手\(number),某单位,nursery\n" }
        try folder.write(rows, to: "more.csv")
        #expect(try JudgeProcess.run(["roster", "import", "more.csv"], in: folder).status == 0)
        try AuditTests.sqlite("UPDATE competitor SET name = name || '改'", in: folder)
        let outcome = try AuditTests.verify(folder)
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.count == 51, "\(outcome.stderr)")
        #expect(lines.last == "audit: … and 13 more differences")
    }

    @Test(arguments: [
        ("DELETE FROM pin_failure", "row:pin_failure 1: the audit log says judge_id=J2 / at="),
        ("DELETE FROM pin_lockout", "row:pin_lockout 1: the audit log says judge_id=J2 / started_at="),
        (
            "UPDATE entry_batch SET clerk = '乙' WHERE kind = 'marks'",
            "row:entry_batch 3: the database has kind=marks / file="
        ),
        (
            "UPDATE mark_history SET old_value_h = 1",
            "row:mark_history 1: the database has competitor_id=2 / round_id=practical / judge_id=J2 / criterion_id= / old_value_h=1"
        ),
        (
            "UPDATE double_entry SET clerk = '丁' WHERE clerk = '乙'",
            "row:double_entry 3: the database has competitor_id=1 / round_id=theory"
        ),
        (
            "UPDATE double_entry_resolution SET reason = '无'",
            "row:double_entry_resolution 1: the database has competitor_id=2 / round_id=theory / judge_id=T1 / criterion_id= / chief_id=C1 / reason=无"
        ),
    ])
    func anAppendOnlyTableEditedInTheFileIsFound(sql: String, message: String) throws {
        let folder = try Self.coveredFolder()
        #expect(try AuditTests.verify(folder).status == 0, "the covered folder verifies before the edit")
        try AuditTests.sqlite(sql, in: folder)
        let outcome = try AuditTests.verify(folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("audit: FAILED: \(message)"), "\(outcome.stderr)")
    }

    /// The integrity competition with a PIN lockout of J2, a replaced mark (history), and a
    /// double entry resolved by the chief judge.
    static func coveredFolder() throws -> URL {
        let folder = try IntegrityTests.folder()
        let pins = try IntegrityTests.issuePINs(["J2", "C1"], in: folder)
        for _ in 0..<5 {
            #expect(try IntegrityTests.enter("J2", number: "2", score: "70", pin: "00000000", in: folder).status == 1)
        }
        try folder.write("number,round,judge,score\n2,practical,J2,70\n", to: "a.csv")
        try folder.write("number,round,judge,score\n2,practical,J2,75\n", to: "b.csv")
        try folder.write("number,round,judge,score\n1,theory,T1,80\n2,theory,T1,90\n", to: "t1.csv")
        try folder.write("number,round,judge,score\n1,theory,T1,80\n2,theory,T1,91\n", to: "t2.csv")
        for step in [
            ["score", "import", "--clerk", "甲", "a.csv"],
            ["score", "import", "--clerk", "甲", "--replace", "b.csv"],
            ["score", "import", "--clerk", "甲", "t1.csv"],
            ["score", "import", "--clerk", "乙", "t2.csv"],
        ] {
            let outcome = try JudgeProcess.run(step, in: folder)
            #expect(outcome.status == 0, "\(step): \(outcome.stderr)")
        }
        let resolved = try JudgeProcess.run(
            [
                "double-entry", "resolve", "--chief", "C1", "--judge", "T1", "--number", "2", "--round", "theory",
                "--reason", "核对原始评分表", "90",
            ], in: folder, environment: ["JUDGE_PIN": pins["C1"] ?? ""])
        #expect(resolved.status == 0, "\(resolved.stderr)")
        return folder
    }
}
