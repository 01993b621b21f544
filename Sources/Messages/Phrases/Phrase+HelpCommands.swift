extension Phrase {
    /// The one-line abstract of each subcommand in `--help`.
    static let helpCommands: [Phrase: Wording] = [
        .abstractResolve:
            (
                "裁判长按评分表上的值裁定两遍录入不一致的分数。",
                "Settle a mark whose entries disagree with the value on the score sheet (chief judge)."
            ),
        .abstractVerify:
            (
                "核对一个文件是否与 `results publish` 发布的文件完全相同。",
                "Say whether a file is exactly one that `results publish` wrote."
            ),
        .abstractExport:
            (
                "每个工种写出一份成绩表：DIR/<trade-id>.csv（用 --format 还可写出 .html、.xlsx）。",
                "Write one result sheet per trade: DIR/<trade-id>.csv (and .html, .xlsx with --format)."
            ),
        .abstractPublish:
            (
                "发布一个工种的成绩表（新的一版）并开始公示。",
                "Publish one trade's result sheet for its notice period (公示), as a new version."
            ),
        .abstractCompetitorsList:
            ("按工种和参赛号列出选手。", "List competitors by trade and number."),
        .abstractAppealAdd:
            ("登记对一名选手成绩的申诉。", "Record an appeal about one competitor's result."),
        .abstractAppealResolve:
            ("登记裁判长对未结申诉的裁决。", "Record the chief judge's ruling on an open appeal."),
        .abstractAppealList:
            ("按提出顺序列出申诉，包括未结和已裁决的。", "List appeals, open and resolved, in the order they were made."),
        .abstractScoreEnter:
            ("在裁判席录入一个分数（或一个评分项的分数）。", "Enter one mark (or one criterion mark) at the judges' table."),
        .abstractReportJudges:
            (
                "裁判评分一致性报告：DIR/<trade-id>-judges.html。",
                "The judges' consistency report (裁判评分一致性报告): DIR/<trade-id>-judges.html."
            ),
        .abstractRecusalAllow:
            (
                "裁判长说明理由后，允许裁判给本单位的选手评分。",
                "Allow a judge to mark a competitor of the same unit (chief judge, with a reason)."
            ),
        .abstractFlagsConfirm:
            (
                "裁判长说明理由，确认被标记选手的分数维持不变。",
                "Confirm a flagged competitor's marks as they are (chief judge), with a reason."
            ),
        .abstractRevert:
            (
                "撤销一次导入或一次录入：收回其分数（或用时、选手）。",
                "Undo one import or typed mark: its marks (or times, or competitors) are taken back."
            ),
        .abstractAuditVerify:
            ("检查记录链，并核对数据库与日志是否一致。", "Check the chain of records and that the database says what the log says."),
        .abstractAuditLog:
            (
                "按时间顺序显示历史记录；用 --number 只看一名选手的每次变更。",
                "Show the history, oldest first; with --number, every change to one competitor."
            ),
        .abstractScoreCorrect:
            (
                "裁判长说明理由更正一个已录分数；这是修改已锁定分数的唯一方式。",
                "Correct one stored mark (chief judge), with a reason; the only way to change a locked mark."
            ),
        .abstractClerksPINs:
            (
                "给录入员发放 PIN：只显示一次，数据库中不保存明文。",
                "Issue clerks their PINs, printed once and stored only as a salted slow hash."
            ),
        .abstractJudgesPINs:
            (
                "给裁判发放 PIN：只显示一次，数据库中不保存明文。",
                "Issue judges their PINs, printed once and stored only as a salted slow hash."
            ),
        .abstractRosterImport:
            (
                "从 CSV 文件添加选手：number,name,unit,trade[,status]。",
                "Add competitors from a CSV file: number,name,unit,trade[,status]."
            ),
        .abstractScoreImport:
            (
                "从 CSV 文件添加裁判评分：number,round,judge,score[,criterion]。",
                "Add judges' marks from a CSV file: number,round,judge,score[,criterion]."
            ),
        .abstractTimeImport:
            (
                "从 CSV 文件记录用时：number,round,time（秒、M:SS 或 H:MM:SS）。",
                "Record times used from a CSV file: number,round,time (seconds, M:SS or H:MM:SS)."
            ),
        .abstractCompetitorsShow:
            (
                "查看一名选手：基本信息、修改记录、各环节每位裁判（每个评分项）的分数、成绩、名次和奖项。",
                "One competitor: details, changes, every mark by round, judge and criterion, scores, rank and prize."
            ),
        .abstractCompetitorsEdit:
            (
                "导入名单后说明理由修改选手的姓名、单位、工种或状态。",
                "Change a competitor's name, unit, trade or status after the roster import, with a reason."
            ),
    ]
}
