extension Phrase {
    /// The one-line abstract of `judge` and of each command group in `--help`.
    static let helpGroups: [Phrase: Wording] = [
        .helpJudge:
            (
                "职业技能竞赛计分：录入分数，得出名次、奖项和成绩表。",
                "Scores a vocational skills competition: marks in, ranks, prizes and result sheets out."
            ),
        .helpInit: ("创建数据库并载入竞赛定义。", "Create the database and load the competition definition."),
        .helpRoster: ("参赛选手。", "The competitors."),
        .helpScore: ("裁判评分。", "Judges' marks."),
        .helpTime: ("用时，用于 time: 并列决胜。", "Times used, for time: tie-breaks."),
        .helpResults: ("成绩表。", "Result sheets."),
        .helpStatus:
            (
                "按工种和环节：已录分数、缺少的分数、分差超限标记和锁定情况。",
                "Per trade and round: marks entered of those expected, missing, max_spread flags and locks."
            ),
        .helpRank: ("显示各工种的名次、奖项和称号。", "Show the ranking of each trade, with prizes and titles."),
        .helpCompetitors: ("名单上的选手。", "The competitors on the roster."),
        .helpLock:
            (
                "裁判长签字锁定某工种的一个环节：此后只能用 `judge score correct` 更正分数。",
                "Sign off a round of a trade (chief judge): its marks then change only through `judge score correct`."
            ),
        .helpUnlock:
            (
                "裁判长解除某工种一个环节的锁定，理由记入审计日志。",
                "Lift the lock of a round of a trade (chief judge), with a reason kept in the audit log."
            ),
        .helpFlags:
            (
                "裁判间分差超过该环节 max_spread 的选手。",
                "Competitors whose judges' marks differ by more than the round's max_spread."
            ),
        .helpJudges: ("本竞赛的裁判。", "The judges of the competition."),
        .helpRecusal:
            (
                "回避：裁判不给本单位的选手评分。",
                "Recusal (回避): a judge does not mark a competitor of the judge's own unit."
            ),
        .helpDoubleEntry: ("由两名录入员背对背录入两遍的环节（双人录入）。", "Rounds entered twice, blind, by two clerks (双人录入)."),
        .helpAppeal:
            (
                "公示期内对已发布成绩表的申诉。",
                "Appeals (申诉) against a published result sheet during its notice period."
            ),
        .helpAudit:
            (
                "防篡改的操作记录：每次改动都记下，逐条以 SHA-256 相连。",
                "The tamper-evident history: every change of state, chained by SHA-256."
            ),
        .helpBackup:
            (
                "备份数据库：其他命令正在使用时，也能得到完整一致的副本。",
                "Write a consistent copy of the database, safe while other commands are using it."
            ),
        .helpReport: ("给裁判长的可打印报告。", "Printable reports for the chief judge."),
        .helpDemo:
            (
                "从头到尾运行自带的演示竞赛，并写出成绩表。",
                "Run the bundled demo competitions end to end and write their result sheets."
            ),
        .helpClerks: ("竞赛文件中列出的录入员（clerks:）。", "The clerks (录入员) the competition file declares (clerks:)."),
        .helpServe:
            (
                "通过 HTTP 提供裁判评分平板、裁判长控制台和大屏。",
                "Serve the judges' tablets, the chief judge's console and the hall board over HTTP."
            ),
    ]
}
