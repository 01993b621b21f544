import Foundation
import Testing

/// The users read Chinese: with a Chinese locale (or none), the demo's report, the status lines
/// and refusals are in Chinese, with ids, file names and values as they are.
struct ChineseOutputTests {
    static let chinese = ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]

    @Test func theDemoReportsInChinese() throws {
        let folder = try temporaryFolder()
        let outcome = try JudgeProcess.run(
            ["demo", "--out", "out", "--bundle", JudgeProcess.packageRoot.path], in: folder, environment: Self.chinese)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("shunyi-2024.sqlite（试试：judge rank --db "), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("\n  数据库 "))
        #expect(outcome.stdout.contains("一等奖, 顺义工匠:"))
        #expect(outcome.stdout.contains("已在 out/ 下写出 4 份成绩表"))
    }

    @Test func statusAndImportSummariesAreInChinese() throws {
        let folder = try temporaryFolder()
        _ = try JudgeProcess.run(
            ["init", "--config", JudgeProcess.fixture("e2e/competition.yaml")], in: folder, environment: Self.chinese)
        let roster = try JudgeProcess.run(
            ["roster", "import", JudgeProcess.fixture("e2e/roster.csv")], in: folder, environment: Self.chinese)
        #expect(roster.stdout.hasPrefix("已从 "), "\(roster.stdout)")
        #expect(roster.stdout.contains("名选手"))
        let status = try JudgeProcess.run(["status"], in: folder, environment: Self.chinese)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("名选手，"), "\(status.stdout)")
        #expect(status.stdout.contains("已录 0/"), "\(status.stdout)")
        let export = try JudgeProcess.run(
            ["results", "export", "--out", "sheets", "--provisional"], in: folder, environment: Self.chinese)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.hasPrefix("已写出 sheets/nursery-provisional.csv："), "\(export.stdout)")
        #expect(export.stdout.contains("，暂定成绩：缺 "), "\(export.stdout)")
        let show = try JudgeProcess.run(["competitors", "show", "1"], in: folder, environment: Self.chinese)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.hasPrefix("选手 1 张三（甲公司），"), "\(show.stdout)")
        #expect(show.stdout.contains("总分：暂无（缺分数）") || show.stdout.contains("没有分数"), "\(show.stdout)")
    }

    @Test func optionHelpIsInChinese() throws {
        let folder = try temporaryFolder()
        let help = try JudgeProcess.run(["score", "import", "--help"], in: folder, environment: Self.chinese)
        #expect(help.stdout.contains("概述：从 CSV 文件添加裁判评分：number,round,judge,score[,criterion]。"))
        #expect(help.stdout.contains("替换已录入的分数；旧值保留在历史记录中。"), "\(help.stdout)")
    }

    @Test func aRefusalIsInChineseAndTheSameInEnglishWithLangEn() throws {
        let folder = try temporaryFolder()
        _ = try JudgeProcess.run(["init", "--config", JudgeProcess.fixture("e2e/competition.yaml")], in: folder)
        let zh = try JudgeProcess.run(["rank", "--trade", "nope"], in: folder, environment: Self.chinese)
        #expect(zh.status == 1)
        #expect(zh.stderr.contains(#"--trade "nope": 没有这个编号或名称的工种；现有工种："#), "\(zh.stderr)")
        let en = try JudgeProcess.run(
            ["rank", "--trade", "nope"], in: folder, environment: ["LANG": "en_US.UTF-8", "LC_ALL": ""])
        #expect(en.stderr.contains(#"--trade "nope": no trade has this id or name; trades are "#), "\(en.stderr)")
    }
}
