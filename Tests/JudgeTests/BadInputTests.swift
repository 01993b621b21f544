import Foundation
import Testing

/// Every refusal: exit status 1, one `Error:` message naming file, line, column and value,
/// and the database byte for byte as before.
struct BadInputTests {
    /// A database with the e2e competition, its roster and complete marks.
    static func loadedFolder() throws -> URL {
        let folder = try temporaryFolder()
        for step in [
            ["init", "--config", JudgeProcess.fixture("e2e/competition.yaml")],
            ["roster", "import", JudgeProcess.fixture("e2e/roster.csv")],
            ["score", "import", JudgeProcess.fixture("e2e/marks.csv")],
        ] {
            let outcome = try JudgeProcess.run(step, in: folder)
            #expect(outcome.status == 0, "\(step): \(outcome.stderr)")
        }
        return folder
    }

    static let marksHeader = "number,round,judge,score,criterion\n"

    @Test(arguments: [
        ("1,theory,T1,85.123,\n", #"bad.csv:2:4: "85.123" — a mark has at most 2 decimal places"#),
        ("1,theory,T1,-1,\n", #"bad.csv:2:4: "-1" — a mark cannot be negative"#),
        ("1,theory,T1,100.01,\n", #"bad.csv:2:4: "100.01" — above the maximum of 100.00"#),
        ("1,practical,J4,40.5,prep\n", #"bad.csv:2:4: "40.5" — above the maximum of 40.00"#),
        ("1,theory,T1,NaN,\n", #"bad.csv:2:4: "NaN" — not a mark: expected a number like 86 or 86.50"#),
        ("1,theory,T1,1e1,\n", #"bad.csv:2:4: "1e1" — not a mark: expected a number like 86 or 86.50"#),
        ("1,theory,T1,八十,\n", #"bad.csv:2:4: "八十" — not a mark: expected a number like 86 or 86.50"#),
        ("1,theory,T1,,\n", #"bad.csv:2:4: "" — a mark is required"#),
        ("9,theory,T1,80,\n", #"bad.csv:2:1: "9" — no competitor has this number"#),
        (
            "1,final,T1,80,\n",
            #"bad.csv:2:2: "final" — no round has this id or name; rounds are theory (理论知识), practical (实际操作)"#
        ),
        (
            "1,theory,X9,80,\n",
            #"bad.csv:2:3: "X9" — no judge has this id or name; judges are T1 (阅卷组), J1 (王芳), J2 (李明), J3 (赵强), J4 (孙丽)"#
        ),
        ("1,practical,J1,30,\n", #"bad.csv:2:5: "" — round practical is marked by criterion: give one of prep, skill"#),
        (
            "1,practical,J1,30,care\n",
            #"bad.csv:2:5: "care" — round practical has no criterion with this id or name; its criteria are prep (操作准备), skill (操作技能)"#
        ),
        ("1,theory,T1,80,prep\n", #"bad.csv:2:5: "prep" — round theory has no criteria: leave criterion empty"#),
        (
            "1,practical,J4,30,prep\n",
            #"bad.csv:2:3: "J4" — round practical takes 3 judges per competitor and competitor 1 already has marks from J1, J2, J3"#
        ),
        (
            "1,theory,T1,80,\n",
            #"bad.csv:2:4: "80" — competitor 1, round theory, judge T1: a mark is already stored (85.50, from "#
        ),
        ("1,theory,T1,80\n", #"bad.csv:2:5: "" — expected 5 fields (number,round,judge,score,criterion), found 4"#),
        ("1,theory,T1,80,,x\n", #"bad.csv:2:6: "x" — expected 5 fields (number,round,judge,score,criterion), found 6"#),
        ("\"1,theory,T1,80,\n", #"bad.csv:2:1: ""1,theory,T1,80," — unterminated quoted field"#),
    ])
    func aBadMarkIsRefusedAndNothingChanges(row: String, message: String) throws {
        let folder = try Self.loadedFolder()
        try folder.write(Self.marksHeader + row, to: "bad.csv")
        let before = try folder.contents(of: "judge.sqlite")
        let outcome = try JudgeProcess.run(["score", "import", "bad.csv"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("Error: " + message), "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
        #expect(try folder.contents(of: "judge.sqlite") == before)
    }

    @Test func aMistakeInRow10001LeavesNothingImported() throws {
        let folder = try temporaryFolder()
        try folder.write(
            "number,name,unit,trade\n" + (1...10_000).map { "\($0),选手\($0),公司,nursery\n" }.joined(), to: "roster.csv")
        try folder.write(
            "number,round,judge,score\n" + (1...10_000).map { "\($0),theory,T1,80\n" }.joined()
                + "1,theory,T1,81.001\n",
            to: "marks.csv")
        _ = try JudgeProcess.run(["init", "--config", JudgeProcess.fixture("e2e/competition.yaml")], in: folder)
        #expect(try JudgeProcess.run(["roster", "import", "roster.csv"], in: folder).status == 0)
        let before = try folder.contents(of: "judge.sqlite")
        let outcome = try JudgeProcess.run(["score", "import", "marks.csv"], in: folder)
        #expect(outcome.stderr == "Error: marks.csv:10002:4: \"81.001\" — a mark has at most 2 decimal places\n")
        #expect(try folder.contents(of: "judge.sqlite") == before)
        let status = try JudgeProcess.run(["status"], in: folder)
        #expect(status.stdout.contains("理论知识 (theory): 0/10000 marks in, 10000 missing, 0 of 10000 competitors scored"))
    }

    @Test func theSameMarkTwiceInOneFileIsRefused() throws {
        let fresh = try temporaryFolder()
        _ = try JudgeProcess.run(["init", "--config", JudgeProcess.fixture("e2e/competition.yaml")], in: fresh)
        _ = try JudgeProcess.run(["roster", "import", JudgeProcess.fixture("e2e/roster.csv")], in: fresh)
        try fresh.write(Self.marksHeader + "1,theory,T1,80,\n2,theory,T1,70,\n1,theory,T1,81,\n", to: "twice.csv")
        let outcome = try JudgeProcess.run(["score", "import", "twice.csv", "--replace"], in: fresh)
        #expect(
            outcome.stderr
                == "Error: twice.csv:4:4: \"81\" — competitor 1, round theory, judge T1: the same mark is given twice in this file (first at line 2)\n"
        )
    }

    @Test func replaceKeepsTheOldValueAndSaysSo() throws {
        let folder = try Self.loadedFolder()
        try folder.write(Self.marksHeader + "1,theory,T1,86,\n", to: "fix.csv")
        let outcome = try JudgeProcess.run(["score", "import", "fix.csv", "--replace"], in: folder)
        #expect(outcome.stdout == "added 0 marks, replaced 1 from fix.csv\n")
        let rank = try JudgeProcess.run(["rank"], in: folder)
        #expect(rank.stdout.contains("86.00"))
    }

    @Test(arguments: [
        (
            "number,name,unit\n1,甲,公司\n",
            #"roster.csv:1:0: "trade" — missing column; expected number,name,unit,trade (optional: status), or 参赛号,姓名,单位,工种 (optional: 状态)"#
        ),
        (
            "number,name,unit,trade,team\n",
            #"roster.csv:1:5: "team" — unknown column; expected number,name,unit,trade (optional: status), or 参赛号,姓名,单位,工种 (optional: 状态)"#
        ),
        (
            "number,name,unit,trade\n1,重名,公司,nursery\n",
            #"roster.csv:2:1: "1" — competitor number 1 is already on the roster (张三)"#
        ),
        (
            "number,name,unit,trade\n7,甲,公司,nursery\n7,乙,公司,nursery\n",
            #"roster.csv:3:1: "7" — competitor number 7 is given twice in this file (first at line 2)"#
        ),
        (
            "number,name,unit,trade\n8,甲,公司,chef\n",
            #"roster.csv:2:4: "chef" — no trade has this id or name; trades are nursery (育婴员)"#
        ),
        (
            "number,name,unit,trade,status\n8,甲,公司,nursery,sick\n",
            #"roster.csv:2:5: "sick" — unknown status; use active, absent, disqualified or withdrawn, or 正常, 缺考, 取消资格, 退赛 (empty means active)"#
        ),
        (
            "",
            #"roster.csv:1:0: "" — the file is empty: expected a header row number,name,unit,trade (optional: status), or 参赛号,姓名,单位,工种 (optional: 状态)"#
        ),
    ])
    func aBadRosterIsRefusedAndNothingChanges(text: String, message: String) throws {
        let folder = try Self.loadedFolder()
        try folder.write(text, to: "roster.csv")
        let before = try folder.contents(of: "judge.sqlite")
        let outcome = try JudgeProcess.run(["roster", "import", "roster.csv"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "Error: \(message)\n")
        #expect(try folder.contents(of: "judge.sqlite") == before)
    }

    @Test func aMalformedTimeIsRefused() throws {
        let folder = try Self.loadedFolder()
        try folder.write("number,round,time\n1,practical,12:34\n2,practical,1:60\n", to: "times.csv")
        let outcome = try JudgeProcess.run(["time", "import", "times.csv"], in: folder)
        #expect(
            outcome.stderr
                == "Error: times.csv:3:3: \"1:60\" — not a time: use whole seconds (754), M:SS (12:34) or H:MM:SS (1:02:34)\n"
        )
    }

    @Test func invalidUTF8IsRefusedWithItsPlace() throws {
        let folder = try Self.loadedFolder()
        var bytes = Data(Self.marksHeader.utf8)
        bytes += Data("1,theory,T1,8".utf8) + Data([0xFF]) + Data("0,\n".utf8)
        try bytes.write(to: folder.appendingPathComponent("bad.csv"))
        let outcome = try JudgeProcess.run(["score", "import", "bad.csv"], in: folder)
        #expect(
            outcome.stderr
                == "Error: bad.csv:2:0: \"1,theory,T1,8\\xFF0,\" — the file is neither UTF-8 nor GB18030 (GBK) text: save it as \"CSV UTF-8\" (Excel: 另存为 → CSV UTF-8（逗号分隔）; WPS: 另存为 → CSV UTF-8) and import it again\n"
        )
    }

    @Test func aBadCompetitionFileLeavesNoDatabaseBehind() throws {
        let folder = try temporaryFolder()
        try folder.write(
            """
            competition: { id: x, name: 测试 }
            trades: [{ id: a, name: 甲 }]
            rounds:
              - { id: theory, name: 理论, max: 100, weight: 30 }
              - { id: practical, name: 实操, max: 100, weight: 60 }
            """, to: "c.yaml")
        let outcome = try JudgeProcess.run(["init", "--config", "c.yaml"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr
                == "Error: c.yaml:3:1: rounds: weights 30 + 60 — weights sum to 90, they must sum to exactly 100\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["c.yaml"])
    }

    @Test func initRefusesADatabaseThatHoldsACompetitionUnlessForced() throws {
        let folder = try Self.loadedFolder()
        let before = try folder.contents(of: "judge.sqlite")
        let config = JudgeProcess.fixture("e2e/competition.yaml")
        let refused = try JudgeProcess.run(["init", "--config", config], in: folder)
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "Error: the database already holds competition e2e; use --force to replace it, or another --db\n")
        #expect(try folder.contents(of: "judge.sqlite") == before)
        #expect(try JudgeProcess.run(["init", "--config", config, "--force"], in: folder).status == 0)
        #expect(try JudgeProcess.run(["status"], in: folder).stdout.contains("0 marks in"))
    }

    @Test func aCommandWithoutADatabaseSaysHowToMakeOne() throws {
        let folder = try temporaryFolder()
        let outcome = try JudgeProcess.run(["rank"], in: folder)
        #expect(
            outcome.stderr == "Error: no database at judge.sqlite: create one with `judge init --config FILE.yaml`\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
