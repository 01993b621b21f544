import Foundation
import Testing

/// Sign-off: the divergence gate, `judge lock`/`unlock`, writes to locked rounds and
/// `judge score correct`, run through the executable. Fixtures/e2e/locks.yaml is the e2e
/// competition with practical's max_spread 10 and J9 as chief judge.
struct LockWorkflowTests {
    /// Competitor 2's practical marks from J3 are missing; everything else is in.
    static func incompleteFolder() throws -> URL {
        let folder = try temporaryFolder()
        let marks = try String(contentsOfFile: JudgeProcess.fixture("e2e/marks.csv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("2,practical,J3") }.joined(separator: "\n")
        try folder.write(marks + "\n", to: "marks.csv")
        for step in [
            ["init", "--config", JudgeProcess.fixture("e2e/locks.yaml")],
            ["roster", "import", JudgeProcess.fixture("e2e/roster.csv")],
            ["score", "import", "marks.csv"],
        ] {
            let outcome = try JudgeProcess.run(step, in: folder)
            #expect(outcome.status == 0, "\(step): \(outcome.stderr)")
        }
        return folder
    }

    /// Complete, with competitor 2's J3 marks 34 + 60 = 94 against 82 and 84: spread 12 > 10.
    static func flaggedFolder() throws -> URL {
        let folder = try incompleteFolder()
        try enter(folder, number: "2", judge: "J3", criterion: "prep", "34")
        try enter(folder, number: "2", judge: "J3", criterion: "skill", "60")
        return folder
    }

    static func enter(
        _ folder: URL, number: String, judge: String, criterion: String, _ score: String, replace: Bool = false
    )
        throws
    {
        let outcome = try JudgeProcess.run(
            [
                "score", "enter", "--judge", judge, "--number", number, "--round", "practical", "--criterion",
                criterion, score,
            ]
                + (replace ? ["--replace"] : []), in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
    }

    static func judge(_ arguments: [String], in folder: URL) throws -> JudgeProcess.Outcome {
        try JudgeProcess.run(arguments, in: folder)
    }

    static let flagLine = "competitor 2, round practical: J1 82.00, J2 84.00, J3 94.00 — spread 12.00 > 10.00"

    @Test func lockIsRefusedWhileMarksAreMissingOrFlaggedAndListsEveryBlocker() throws {
        let folder = try Self.incompleteFolder()
        try Self.enter(folder, number: "2", judge: "J3", criterion: "prep", "34")
        let missing = try Self.judge(
            ["lock", "--trade", "nursery", "--round", "practical", "--chief", "J9"], in: folder)
        #expect(missing.status == 1)
        #expect(
            missing.stderr == """
                Error: trade nursery, round practical cannot be locked: 1 blocker
                  competitor 2, round practical, judge J3, criterion skill: missing

                """)
        try Self.enter(folder, number: "2", judge: "J3", criterion: "skill", "60")
        let flagged = try Self.judge(
            ["lock", "--trade", "nursery", "--round", "practical", "--chief", "J9"], in: folder)
        #expect(flagged.status == 1)
        #expect(
            flagged.stderr == """
                Error: trade nursery, round practical cannot be locked: 1 blocker
                  \(Self.flagLine): not confirmed by the chief judge (`judge flags confirm`)

                """)
        #expect(!(try Self.judge(["status"], in: folder)).stdout.contains("locked"))
    }

    @Test func lockNeedsTheChiefJudge() throws {
        let folder = try Self.incompleteFolder()
        let outcome = try Self.judge(["lock", "--trade", "nursery", "--round", "theory", "--chief", "J1"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr
                == "Error: --chief J1: 王芳 is not a chief judge (裁判长), so may not do judge lock; chief judges: J9 周总\n")
        #expect(try Self.judge(["audit", "log"], in: folder).stdout.contains("refusal.not-chief  by J1"))
    }

    @Test func flagsAreListedConfirmedAndComeBackWhenAMarkChanges() throws {
        let folder = try Self.flaggedFolder()
        let status = try Self.judge(["status"], in: folder)
        #expect(
            status.stdout.hasSuffix(
                """
                  final sheet: ready
                  max_spread flags: 1, 1 to confirm or correct before locking:
                    \(Self.flagLine)

                """))
        let noReason = try Self.judge(
            ["flags", "confirm", "--number", "2", "--round", "practical", "--reason", " ", "--chief", "J9"], in: folder)
        #expect(
            noReason.stderr
                == "Error: --reason: a reason is required; it is kept in the audit log\n")
        let confirmed = try Self.judge(
            ["flags", "confirm", "--number", "2", "--round", "practical", "--reason", "现场复核无误", "--chief", "J9"],
            in: folder)
        #expect(confirmed.stdout == "confirmed: \(Self.flagLine)\n")
        #expect(try Self.judge(["status"], in: folder).stdout.contains("0 to confirm or correct before locking"))
        #expect(try Self.judge(["status"], in: folder).stdout.contains("; confirmed by J9 at "))
        // J3's prep 34 → 33: still 11 apart, but not the marks the chief judge confirmed.
        try Self.enter(folder, number: "2", judge: "J3", criterion: "prep", "33", replace: true)
        let changed = try Self.judge(["status"], in: folder)
        #expect(
            changed.stdout.contains(
                "1 to confirm or correct before locking:\n    competitor 2, round practical: J1 82.00, J2 84.00, J3 93.00 — spread 11.00 > 10.00\n"
            ))
        let chinese = try JudgeProcess.run(
            ["flags", "confirm", "--number", "2", "--round", "practical", "--reason", "再次复核", "--chief", "J9"],
            in: folder, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.stdout == "已确认：选手 2、环节 practical：J1 82.00，J2 84.00，J3 93.00 — 分差 11.00 > 10.00\n")
        // A correction into the spread clears the flag.
        let corrected = try Self.judge(
            [
                "score", "correct", "--number", "2", "--round", "practical", "--judge", "J3", "--criterion", "prep",
                "--value", "30", "--reason", "评分表合计抄错", "--chief", "J9",
            ], in: folder)
        #expect(corrected.status == 0, "\(corrected.stderr)")
        #expect(!(try Self.judge(["status"], in: folder)).stdout.contains("max_spread flags"))
        #expect(try Self.judge(["audit", "verify"], in: folder).status == 0)
    }

    @Test func aLockedRoundRefusesImportEnterAndTimeImportAndRecordsOnlyTheRefusal() throws {
        let folder = try Self.flaggedFolder()
        _ = try Self.judge(
            ["flags", "confirm", "--number", "2", "--round", "practical", "--reason", "复核无误", "--chief", "J9"],
            in: folder)
        let locked = try Self.judge(
            ["lock", "--trade", "nursery", "--round", "practical", "--chief", "J9"], in: folder)
        #expect(locked.status == 0, "\(locked.stderr)")
        #expect(locked.stdout.hasPrefix("locked trade nursery, round practical (by J9 at "))
        #expect(
            try Self.judge(["status"], in: folder).stdout.contains(
                "实际操作 (practical): 12/12 marks in, 0 missing, 2 of 2 competitors scored, locked by J9 at "))
        try folder.write("number,round,judge,score,criterion\n1,theory,T1,86,\n1,practical,J1,31,prep\n", to: "fix.csv")
        try folder.write("number,round,time\n1,practical,12:00\n", to: "times.csv")
        let attempts: [([String], String)] = [
            (["score", "import", "fix.csv", "--replace"], "fix.csv:3:2: \"practical\" — "),
            (
                [
                    "score", "enter", "--judge", "J1", "--number", "1", "--round", "practical", "--criterion", "prep",
                    "31", "--replace",
                ],
                "--round \"practical\": "
            ),
            (["time", "import", "times.csv"], "times.csv:2:2: \"practical\" — "),
        ]
        for (arguments, place) in attempts {
            let before = try AuditTests.dump(folder)
            #expect(before.contains("INSERT INTO mark VALUES"))
            let refused = try Self.judge(arguments, in: folder)
            #expect(refused.status == 1)
            #expect(
                refused.stderr.hasPrefix("Error: \(place)trade nursery, round practical is locked (by J9 at "),
                "\(refused.stderr)")
            #expect(try AuditTests.dump(folder) == before, "\(arguments) changed the database")
            let log = try Self.judge(["audit", "log"], in: folder).stdout
            #expect(log.split(separator: "\n").last?.contains("refusal.locked") == true, "\(log)")
        }
        #expect(try Self.judge(["audit", "verify"], in: folder).status == 0)
    }

    @Test func correctNeedsAReasonAndTheChiefAndKeepsTheOldValue() throws {
        let folder = try Self.flaggedFolder()
        _ = try Self.judge(["lock", "--trade", "nursery", "--round", "theory", "--chief", "J9"], in: folder)
        let correct = ["score", "correct", "--number", "1", "--round", "theory", "--judge", "T1", "--value", "86.5"]
        let noReason = try Self.judge(correct + ["--chief", "J9"], in: folder)
        #expect(noReason.status != 0)
        #expect(noReason.stderr.hasPrefix("Error: Missing expected argument '--reason <text>'"))
        let blank = try Self.judge(correct + ["--reason", "", "--chief", "J9"], in: folder)
        #expect(blank.stderr == "Error: --reason: a reason is required; it is kept in the audit log\n")
        let notChief = try Self.judge(correct + ["--reason", "抄错", "--chief", "T1"], in: folder)
        #expect(notChief.status == 1)
        #expect(
            notChief.stderr.hasPrefix(
                "Error: --chief T1: 阅卷组 is not a chief judge (裁判长), so may not do judge score correct"))
        let done = try Self.judge(correct + ["--reason", "卷面合分错误", "--chief", "J9"], in: folder)
        #expect(
            done.stdout == """
                corrected 85.50 → 86.50: competitor 1 张三, 理论知识 (theory), judge T1 阅卷组
                trade nursery, round theory is locked (by J9 at \(try Self.lockTime(folder))) and stays locked

                """)
        let history = try AuditTests.query(
            "SELECT h.old_value_h || ' ' || c.reason || ' ' || c.chief FROM mark_history h "
                + "JOIN mark_correction c ON c.batch_id = h.new_batch_id", in: folder)
        #expect(history == "8550 卷面合分错误 J9\n")
        let log = try Self.judge(["audit", "log"], in: folder).stdout
        #expect(
            log.contains(
                "mark.correct  batch 5  by J9: judge score correct: competitor 1, round theory, judge T1: 86.50 (was 85.50): 卷面合分错误"
            ))
        #expect(try Self.judge(["rank"], in: folder).stdout.contains("86.50"))
        #expect(try Self.judge(["audit", "verify"], in: folder).status == 0)
        let again = try JudgeProcess.run(
            [
                "score", "correct", "--number", "1", "--round", "theory", "--judge", "T1", "--value", "87", "--reason",
                "复核",
                "--chief", "J9",
            ], in: folder, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(
            again.stdout == """
                已更正 86.50 → 87.00：选手 1 张三，理论知识 (theory)，裁判 T1 阅卷组
                工种 nursery 环节 theory 仍保持锁定（J9 于 \(try Self.lockTime(folder)) 锁定）

                """, "\(again.stderr)")
    }

    @Test func theSignOffCommandsHaveHelp() throws {
        let folder = try temporaryFolder()
        let help = try Self.judge(["--help"], in: folder).stdout
        for command in ["lock", "unlock", "flags"] {
            #expect(help.contains("  \(command) "), "\(command) missing from --help")
        }
        #expect(try Self.judge(["score", "--help"], in: folder).stdout.contains("  correct "))
        let correct = try Self.judge(["score", "correct", "--help"], in: folder).stdout
        for option in ["--chief <judge id>", "--reason <text>", "--value <score>", "--criterion <id>"] {
            #expect(correct.contains(option), "\(option) missing from score correct --help")
        }
    }

    /// The theory lock's time as commands show it: stored in UTC, shown in local time.
    static func lockTime(_ folder: URL) throws -> String {
        LocalTimeText.shown(
            try AuditTests.query("SELECT locked_at FROM round_lock WHERE round_id = 'theory'", in: folder)
                .trimmingCharacters(in: .newlines))
    }

    @Test func unlockNeedsAReasonIsRecordedAndOpensTheRound() throws {
        let folder = try Self.flaggedFolder()
        _ = try Self.judge(["lock", "--trade", "nursery", "--round", "theory", "--chief", "J9"], in: folder)
        let unlock = ["unlock", "--trade", "nursery", "--round", "theory", "--chief", "J9"]
        let noReason = try Self.judge(unlock, in: folder)
        #expect(noReason.status != 0)
        #expect(noReason.stderr.hasPrefix("Error: Missing expected argument '--reason <text>'"))
        let blank = try Self.judge(unlock + ["--reason", "  "], in: folder)
        #expect(blank.stderr == "Error: --reason: a reason is required; it is kept in the audit log\n")
        let done = try Self.judge(unlock + ["--reason", "理论重新阅卷"], in: folder)
        #expect(done.stdout.hasPrefix("unlocked trade nursery, round theory (locked by J9 at "))
        #expect(
            try Self.judge(["audit", "log"], in: folder).stdout.contains(
                "round.unlock  by J9: judge unlock: trade nursery, round theory"))
        let again = try Self.judge(unlock + ["--reason", "again"], in: folder)
        #expect(again.stderr == "Error: trade nursery, round theory is not locked\n")
        try folder.write("number,round,judge,score\n1,theory,T1,86\n", to: "fix.csv")
        #expect(try Self.judge(["score", "import", "fix.csv", "--replace"], in: folder).status == 0)
    }

    @Test func editingALockOrConfirmationInTheFileIsFoundByVerify() throws {
        let folder = try Self.flaggedFolder()
        _ = try Self.judge(
            ["flags", "confirm", "--number", "2", "--round", "practical", "--reason", "复核无误", "--chief", "J9"],
            in: folder)
        _ = try Self.judge(["lock", "--trade", "nursery", "--round", "practical", "--chief", "J9"], in: folder)
        let copy = try temporaryFolder()
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent("judge.sqlite"), to: copy.appendingPathComponent("judge.sqlite"))
        try AuditTests.sqlite("DELETE FROM round_lock", in: folder)
        let unlocked = try Self.judge(["audit", "verify"], in: folder)
        #expect(unlocked.status == 1)
        #expect(unlocked.stderr.hasPrefix("audit: FAILED: lock nursery practical: the audit log says J9 "))
        try AuditTests.sqlite("UPDATE spread_confirmation SET reason = '无'", in: copy)
        let edited = try Self.judge(["audit", "verify"], in: copy)
        #expect(edited.status == 1)
        #expect(edited.stderr.hasPrefix("audit: FAILED: spread_confirmation 2 practical: the database has "))
    }
}

extension AuditTests {
    /// What `sqlite3` prints for a query on the folder's database.
    static func query(_ sql: String, in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", folder.appendingPathComponent("judge.sqlite").path, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Every table but the audit log, as SQL text: equal dumps mean nothing else changed.
    static func dump(_ folder: URL) throws -> String {
        try query(".dump", in: folder).split(separator: "\n").filter { !$0.hasPrefix("INSERT INTO audit_log") }
            .joined(separator: "\n")
    }
}
