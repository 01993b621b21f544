extension Phrase {
    /// The help of each command's own options and arguments.
    static let helpArguments: [Phrase: Wording] = [
        .argResolveReason:
            ("为什么是这个值（例如已核对评分表）。", "Why this value (e.g. the score sheet was checked)."),
        .argSheetMark:
            ("评分表上的分数。", "The mark on the score sheet."),
        .argSheetsFolder:
            ("成绩表所在的文件夹（不存在时创建）。", "The folder for the sheets (created when missing)."),
        .argPublishTrade:
            ("要发布的工种。", "The trade to publish."),
        .argPublishFolder:
            ("发布文件所在的文件夹（不存在时创建）。", "The folder for the published files (created when missing)."),
        .argOnlyTrade:
            ("只看这个工种。", "Only this trade."),
        .argAppealTrade:
            ("所申诉的已发布成绩表的工种。", "The trade whose published sheet is appealed."),
        .argAppealNumber:
            ("涉及的选手（参赛号）。", "The competitor concerned (参赛号)."),
        .argAppealText:
            ("申诉内容，用申诉人的原话。", "What is appealed, in the appellant's words."),
        .argAppellant:
            ("申诉人（默认：操作系统用户）。", "Who makes the appeal (default: the OS user)."),
        .argAppealID:
            ("申诉编号，即 `appeal list` 显示的编号。", "The appeal, as `appeal list` numbers it."),
        .argRuling:
            ("裁决内容。", "The ruling (裁决)."),
        .argTypist:
            ("录入这个分数的人（默认：该裁判）。", "Who types the mark (default: the judge)."),
        .argMark:
            ("分数，最多 2 位小数。", "The mark, at most 2 decimal places."),
        .argReportsFolder:
            ("报告所在的文件夹（不存在时创建）。", "The folder for the reports (created when missing)."),
        .argStatusTrade:
            ("只看这个工种，并列出每一个缺少的分数。", "Only this trade, with every missing mark listed."),
        .argJudge:
            ("裁判。", "The judge."),
        .argNumberChinese:
            ("选手的参赛号。", "The competitor's number (参赛号)."),
        .argRecusalReason:
            ("该裁判可以给这名选手评分的理由。", "Why the judge may mark this competitor."),
        .argTrade:
            ("工种。", "The trade."),
        .argRound:
            ("环节。", "The round."),
        .argUnlockReason:
            ("重新开放该环节的理由（必填）。", "Why the round is opened again (required)."),
        .argFlagReason:
            ("分数维持不变的理由（必填）。", "Why the marks stand (required)."),
        .argDemoOut:
            ("数据库和成绩表的写出位置。", "Where to write the databases and sheets."),
        .argDemoBundle:
            (
                "包含 Config/ 和 seeds/ 的文件夹（默认：从当前位置查找）。",
                "The folder holding Config/ and seeds/ (default: found from here)."
            ),
        .argRevertBatch:
            ("要撤销的批次，即 `judge audit log` 显示的批次。", "The batch to undo, as `judge audit log` shows it."),
        .argReason:
            ("理由（必填），记入审计日志。", "Why (required); kept in the audit log."),
        .argAuditNumber:
            ("只看与这名选手有关的记录。", "Only the changes to this competitor's records."),
        .argCorrectedMark:
            ("更正后的分数，最多 2 位小数。", "The corrected mark, at most 2 decimal places."),
        .argCorrectReason:
            ("更正分数的理由（必填）。", "Why the mark is corrected (required)."),
        .argOnlyClerks:
            ("只给这些录入员（可重复）。", "Only these clerks (repeatable)."),
        .argPINChief:
            ("裁判长，用于更换已发放的 PIN。", "The chief judge, to replace a PIN already issued."),
        .argBackupFile:
            ("副本的写出位置；该文件不能已存在（除非用 --force）。", "Where to write the copy; it must not exist (unless --force)."),
        .argOnlyJudges:
            ("只给这些裁判（可重复）。", "Only these judges (repeatable)."),
        .argConfig:
            ("竞赛文件（YAML）。", "The competition file (YAML)."),
        .argRosterFile:
            ("选手名单文件。", "The roster file."),
        .argMarksFile:
            ("分数文件。", "The marks file."),
        .argTimesFile:
            ("用时文件。", "The times file."),
        .argNumber:
            ("选手的参赛号。", "The competitor's number."),
        .argEditName:
            ("更正后的姓名。", "The corrected name."),
        .argEditUnit:
            ("更正后的单位。", "The corrected unit."),
        .argEditTrade:
            ("改到另一个工种，填编号（仅限该选手还没有分数时）。", "Another trade, by id (only while the competitor has no marks)."),
        .argEditStatus:
            (
                "active、absent、disqualified 或 withdrawn（正常、缺考、取消资格、退赛）。",
                "active, absent, disqualified or withdrawn (缺考, 取消资格, 退赛)."
            ),
        .argVerifyFile:
            (
                "要核对的文件：成绩表、公示表、获奖名单、变更清单或清单文件（manifest），CSV、HTML 或 xlsx 格式均可。",
                "The file to check: a result sheet, 公示 sheet, award list, change list or manifest, as CSV, HTML or xlsx."
            ),
        .argFormats:
            (
                "要写出的格式：csv、html、xlsx，用逗号分隔（加选其他格式不影响 csv）。",
                "What to write: csv, html and xlsx, as a comma list (csv unchanged by the others)."
            ),
        .argNoticeDays:
            (
                "公示期天数，期间受理申诉（默认 5 天；notice_days_min 更长时取它）。",
                "Days of the notice period (公示期) during which appeals are taken (default 5, or notice_days_min if longer)."
            ),
        .argDemoDB:
            (
                "与其他命令一样接受此选项，但演示会在 --out 下自建数据库。",
                "Accepted like every command's, but the demo makes its own databases under --out."
            ),
        .argSlips:
            (
                "把 PIN 写成可打印的纸条，存入这个新的 HTML 文件，而不显示在屏幕上。",
                "Write the PINs as printable slips to this new HTML file instead of the screen."
            ),
        .argInitChief:
            (
                "裁判长：在已锁定或已发布成绩时授权 --force。",
                "The chief judge (裁判长) who authorizes --force over locked or published results."
            ),
        .argEditChief:
            (
                "裁判长：该工种有环节已锁定后，修改状态或工种需要裁判长。",
                "The chief judge (裁判长), needed for a status or trade change once a round of the trade is locked."
            ),
        .argAuditExpect:
            (
                "发布时打印的校验点：日志中必须仍有这条记录且哈希相同。",
                "The pin a publication printed: the log must still hold this record with this hash."
            ),
    ]
}
