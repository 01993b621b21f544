import Foundation
import Testing

/// `--lang zh|en` anywhere on the command line, else the locale, else Chinese.
struct LanguageTests {
    @Test(arguments: [
        ["--lang", "en", "init", "--config", JudgeProcess.fixture("e2e/competition.yaml")],
        ["init", "--lang=zh", "--config", JudgeProcess.fixture("e2e/competition.yaml")],
        ["init", "--config", JudgeProcess.fixture("e2e/competition.yaml"), "--lang", "en"],
    ])
    func theOptionIsAcceptedAnywhere(arguments: [String]) throws {
        let folder = try temporaryFolder()
        let outcome = try JudgeProcess.run(arguments, in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("judge.sqlite").path))
    }

    @Test(arguments: [
        ("en_US.UTF-8", #"Error: --lang "fr": not a language judge speaks: use zh or en"#),
        ("zh_CN.UTF-8", #"错误：--lang "fr": 不是可选的语言：请用 zh（中文）或 en（英文）"#),
    ])
    func anUnknownLanguageIsAUsageErrorInTheLocalesLanguage(locale: String, message: String) throws {
        let folder = try temporaryFolder()
        let outcome = try JudgeProcess.run(["status", "--lang", "fr"], in: folder, environment: ["LANG": locale])
        #expect(outcome.status == 64)
        #expect(outcome.stderr == message + "\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("judge.sqlite").path))
    }

    /// The refusal keeps its file, line, column and value in either language; only the words change.
    @Test(arguments: [
        (
            "1,theory,T1,85.123,\n", #"bad.csv:2:4: "85.123" — 分数最多保留 2 位小数"#,
            #"bad.csv:2:4: "85.123" — a mark has at most 2 decimal places"#
        ),
        (
            "1,theory,X9,80,\n",
            #"bad.csv:2:3: "X9" — 没有这个编号或名称的裁判；现有裁判：T1 (阅卷组), J1 (王芳), J2 (李明), J3 (赵强), J4 (孙丽)"#,
            #"bad.csv:2:3: "X9" — no judge has this id or name; judges are T1 (阅卷组), J1 (王芳), J2 (李明), J3 (赵强), J4 (孙丽)"#
        ),
        (
            "\"1,theory,T1,80,\n", #"bad.csv:2:1: ""1,theory,T1,80," — 引号没有闭合"#,
            #"bad.csv:2:1: ""1,theory,T1,80," — unterminated quoted field"#
        ),
    ])
    func aRefusedImportSpeaksChineseUnlessAskedForEnglish(row: String, chinese: String, english: String) throws {
        let folder = try BadInputTests.loadedFolder()
        try folder.write(BadInputTests.marksHeader + row, to: "bad.csv")
        let before = try folder.contents(of: "judge.sqlite")
        let zh = try JudgeProcess.run(["score", "import", "bad.csv"], in: folder, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.status == 1)
        #expect(zh.stderr == "错误：\(chinese)\n")
        let en = try JudgeProcess.run(
            ["score", "import", "bad.csv", "--lang", "en"], in: folder, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(en.status == 1)
        #expect(en.stderr == "Error: \(english)\n")
        // No locale at all: Chinese, the users' language.
        let none = try JudgeProcess.run(["score", "import", "bad.csv"], in: folder, environment: ["LANG": ""])
        #expect(none.stderr == "错误：\(chinese)\n")
        #expect(try folder.contents(of: "judge.sqlite") == before)
    }

    @Test func everyRefusedRowIsListedInChinese() throws {
        let folder = try BadInputTests.loadedFolder()
        try folder.write(BadInputTests.marksHeader + "1,theory,T1,-1,\n2,theory,T1,abc,\n", to: "bad.csv")
        let zh = try JudgeProcess.run(["score", "import", "--lang", "zh", "bad.csv"], in: folder)
        #expect(zh.status == 1)
        #expect(
            zh.stderr == """
                错误：bad.csv: 2 行被拒绝，未保存任何内容；请全部改正后重新导入：
                bad.csv:2:4: "-1" — 分数不能为负
                bad.csv:3:4: "abc" — 不是分数：应为 86 或 86.50 这样的数

                """)
    }

    /// A sign-off refusal reads Chinese too, its blockers included; the exit status stays.
    @Test func aBlockedLockIsRefusedInChinese() throws {
        let folder = try LockWorkflowTests.incompleteFolder()
        let lock = ["lock", "--trade", "nursery", "--round", "practical", "--chief", "J9"]
        let zh = try JudgeProcess.run(lock, in: folder, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.status == 1)
        #expect(
            zh.stderr == """
                错误：工种 nursery 环节 practical 不能锁定：有 1 处问题
                  选手 2、环节 practical、裁判 J3：缺分

                """)
        let unlock = ["unlock", "--trade", "nursery", "--round", "theory", "--chief", "J9", "--reason", "复核"]
        let notLocked = try JudgeProcess.run(unlock, in: folder, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(notLocked.status == 1)
        #expect(notLocked.stderr == "错误：工种 nursery 环节 theory 没有锁定\n")
    }

    /// Refusals about the database file read Chinese too: a backup onto the database itself,
    /// and a command run where there is no database.
    @Test func databaseRefusalsAreChinese() throws {
        let folder = try VenueFolder.loaded()
        let chinese = ["LANG": "zh_CN.UTF-8"]
        let onto = try JudgeProcess.run(["backup", "judge.sqlite"], in: folder, environment: chinese)
        #expect(onto.status == 1)
        #expect(onto.stderr == "错误：judge.sqlite：这就是数据库本身（judge.sqlite）；请另给一个文件作为副本\n")
        let nowhere = try JudgeProcess.run(["status"], in: try temporaryFolder(), environment: chinese)
        #expect(nowhere.status == 1)
        #expect(nowhere.stderr == "错误：judge.sqlite 处没有数据库：请用 `judge init --config FILE.yaml` 创建\n")
    }

    /// The header a file should have reads Chinese too: no "or" or "optional" inside the sentence.
    @Test func theExpectedHeaderIsSaidInChinese() throws {
        let folder = try BadInputTests.loadedFolder()
        try folder.write("number,round,judge,分数\n", to: "m.csv")
        let zh = try JudgeProcess.run(["score", "import", "m.csv"], in: folder, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.status == 1)
        #expect(
            zh.stderr
                == "错误：m.csv:1:4: \"分数\" — 无法识别的列名；应为 number,round,judge,score（可选：criterion）或 参赛号,环节|轮次,裁判,得分（可选：评分项）\n"
        )
        let en = try JudgeProcess.run(["score", "import", "m.csv", "--lang", "en"], in: folder)
        #expect(
            en.stderr
                == "Error: m.csv:1:4: \"分数\" — unknown column; expected number,round,judge,score (optional: criterion), or 参赛号,环节|轮次,裁判,得分 (optional: 评分项)\n"
        )
    }
}
