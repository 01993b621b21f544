import Foundation
import Testing

/// The integrity tables under `judge audit verify`, and the refusals that leave an audit record.
struct IntegrityAuditTests {
    /// Every kind of integrity state: a PIN, a recusal allowance, an open and a confirmed double entry.
    static func builtFolder() throws -> (URL, [String: String]) {
        let folder = try IntegrityTests.folder()
        try folder.write("number,round,judge,score\n1,theory,T1,85.5\n2,theory,T1,90\n", to: "a.csv")
        try folder.write("number,round,judge,score\n1,theory,T1,85.5\n", to: "b.csv")
        for step in [
            ["score", "import", "--clerk", "甲", "a.csv"],
            ["score", "import", "--clerk", "乙", "b.csv"],
            ["recusal", "allow", "--chief", "C1", "--judge", "J1", "--number", "1", "--reason", "同意"],
        ] {
            let outcome = try JudgeProcess.run(step, in: folder)
            #expect(outcome.status == 0, "\(step): \(outcome.stderr)")
        }
        return (folder, try IntegrityTests.issuePINs(["J2"], in: folder))
    }

    @Test func aDatabaseBuiltWithTheIntegrityCommandsVerifies() throws {
        let (folder, _) = try Self.builtFolder()
        let outcome = try AuditTests.verify(folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("audit: OK: "))
    }

    @Test(arguments: [
        (
            "UPDATE credential SET hash = 'pbkdf2-sha256$1$AAAA$AAAA'",
            "audit: FAILED: credential J2: the database has pbkdf2-sha256$1$AAAA$AAAA, the audit log says pbkdf2-sha256$600000$"
        ),
        (
            "UPDATE recusal_allowance SET reason = '无'",
            "audit: FAILED: recusal J1 1: the database has 无, the audit log says 同意 (record "
        ),
        (
            "INSERT INTO recusal_allowance (judge_id, competitor_id, reason, chief_id) VALUES ('J2', 2, 'x', 'C1')",
            "audit: FAILED: recusal J2 2: the database has x, which no audit record gives"
        ),
        (
            "UPDATE double_entry SET value_h = 9100 WHERE settled = 0",
            "audit: FAILED: double-entry 2 theory T1 甲: the database has 91.00, the audit log says 90.00 (record "
        ),
        (
            "DELETE FROM panel_judge WHERE judge_id = 'J4'",
            "audit: FAILED: panel caregiver practical: the database has J3, the audit log says J3,J4 (record 1, "
        ),
        (
            "DELETE FROM double_entry_round",
            "audit: FAILED: double-entry-round theory: the audit log says true (record 1, competition.init"
        ),
    ])
    func anIntegrityTableEditedInTheFileIsFound(sql: String, message: String) throws {
        let (folder, _) = try Self.builtFolder()
        try AuditTests.sqlite(sql, in: folder)
        let outcome = try AuditTests.verify(folder)
        #expect(outcome.status != 0)
        #expect(
            outcome.stdout.hasPrefix(message) || outcome.stderr.hasPrefix(message), "\(outcome.stdout)\(outcome.stderr)"
        )
    }

    @Test func refusalsThatMatterAreRecordedAndTheChainStillVerifies() throws {
        let (folder, pins) = try Self.builtFolder()
        try folder.write("number,round,judge,score\n3,practical,J1,70\n", to: "panel.csv")
        try folder.write("number,round,judge,score\n2,practical,J1,70\n2,practical,J2,70\n", to: "ok.csv")
        #expect(try JudgeProcess.run(["score", "import", "--clerk", "丙", "panel.csv"], in: folder).status == 1)
        #expect(try IntegrityTests.enter("J2", number: "1", score: "90", pin: "00000000", in: folder).status == 1)
        #expect(try IntegrityTests.enter("J2", number: "1", score: "90", pin: pins["J2"], in: folder).status == 0)
        let log = try JudgeProcess.run(["audit", "log"], in: folder).stdout
        #expect(
            log.contains("refusal.panel  by 丙: judge J1 王芳 (甲公司) is not on the panel for trade caregiver"), "\(log)")
        #expect(log.contains("refusal.pin  by J2: score enter: competitor 1, round practical, judge J2: wrong PIN"))
        #expect(log.contains("credential.issue  by "))
        #expect(log.contains("recusal.allow  by C1: judge J1 王芳 (甲公司) may mark competitor 1 张三 (甲公司): 同意"))
        #expect(log.contains("double-entry.enter  batch 3  by 乙: score import b.csv, clerk 乙: 1 confirmed, 0 awaiting"))
        #expect(!log.contains("00000000") && !log.contains(pins["J2"]!), "a PIN is in the log")
        let verified = try AuditTests.verify(folder)
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
    }
}
