extension Phrase {
    /// The discussion of `--help` of the commands that enter and change marks, times and competitors.
    static let helpDiscussionsEntry: [Phrase: Wording] = [
        .discussRosterImport: (
            """
            有一行出错，整个文件就都不导入，并列出每一行错误。可读 UTF-8 或 GB18030（Excel 和 WPS 的
            “CSV”）；列名也可写作 参赛号,姓名,单位,工种[,状态]；工种可填编号或名称（docs/input-files.md）。
            """,
            """
            All or nothing: every bad row is listed and nothing is added. UTF-8 or GB18030 (Excel's and WPS's \
            "CSV"); columns also as 参赛号,姓名,单位,工种[,状态]; trades by id or name (docs/input-files.md).
            """
        ),
        .discussScoreImport: (
            """
            有一行出错，整个文件就都不导入，并列出每一行错误。可读 UTF-8 或 GB18030（Excel 和 WPS 的
            “CSV”）；列名也可写作 参赛号,环节|轮次,裁判,得分[,评分项]；环节、裁判和评分项可填编号或名称
            （docs/input-files.md）。保留但不计分的分数（选手不是正常状态或未获准参加该环节）会在摘要中列出。
            """,
            """
            All or nothing: every bad row is listed and nothing is added. UTF-8 or GB18030 (Excel's and WPS's \
            "CSV"); columns also as 参赛号,环节|轮次,裁判,得分[,评分项]; rounds, judges and criteria by id or \
            name (docs/input-files.md). Marks kept but not scored (competitor not active or not admitted to \
            the round) are named in the summary.
            """
        ),
        .discussTimeImport: (
            """
            有一行出错，整个文件就都不导入，并列出每一行错误。可读 UTF-8 或 GB18030；
            列名也可写作 参赛号,环节|轮次,用时（docs/input-files.md）。
            """,
            """
            All or nothing: every bad row is listed and nothing is recorded. UTF-8 or GB18030; columns also as \
            参赛号,环节|轮次,用时 (docs/input-files.md).
            """
        ),
        .discussScoreEnter: (
            """
            打印所保存的内容（选手、环节、裁判、分数），录错可以马上看到。
            发放 PIN 后（`judge judges credentials`），会要求输入裁判的 PIN（不回显），或读取 $JUDGE_PIN；
            输错的 PIN 会被记录，15 分钟内输错 5 次，该裁判被锁定 15 分钟。双录环节中，
            第二名录入员（--clerk）录入相同的值后该分数才生效；不会显示另一名录入员录入的值。
            示例：judge score enter --judge J1 --number 12 --round practical \\
                  --criterion skill 52.5
            """,
            """
            Prints what was stored (competitor, round, judge, value) so a typo is seen at once.
            Once PINs are issued (`judge judges credentials`), the judge's PIN is asked for without
            echo, or read from $JUDGE_PIN; wrong PINs are recorded, and 5 within 15 minutes lock the
            judge out for 15 minutes. In a double_entry round the entry counts once a second clerk
            (--clerk) enters the same value; the other clerk's value is never shown.
            Example: judge score enter --judge J1 --number 12 --round practical --criterion skill 52.5
            """
        ),
        .discussScoreCorrect: (
            """
            锁定和未锁定的环节都可以更正；锁定的环节保持锁定。旧值保留在该分数的历史记录中，
            理由记入审计日志。
            示例：judge score correct --number 12 --round practical --judge J1 \\
                  --criterion skill --value 52.5 --reason "评分表合计抄错" --chief J9
            """,
            """
            Works on locked and unlocked rounds; a locked round stays locked. The old value is kept
            in the mark's history and the reason in the audit log.
            Example: judge score correct --number 12 --round practical --judge J1 --criterion skill \\
                       --value 52.5 --reason "评分表合计抄错" --chief J9
            """
        ),
        .discussScoreRevert: (
            """
            `judge audit log` 显示每个批次号。该批次替换的分数恢复原值；该批次新增的分数被删除。
            适用于 `score import`、`score enter`、`time import` 和 `roster import` 的批次。
            以下情况拒绝且不做任何改动：批次不存在、已撤销过、是更正、双录或选手修改、涉及的环节已锁定、
            该批次的值此后被其他批次改过（先撤销那一批）、选手此后已有分数或用时。连同理由记入审计日志。
            示例：judge score revert --batch 7 --reason "导入了错误的文件"
            """,
            """
            `judge audit log` shows each batch id. A mark the batch replaced gets its old value
            back; one it added is removed. Works for `score import`, `score enter`, `time import`
            and `roster import` batches. Refused, changing nothing: an unknown batch, one reverted
            already, a correction, double entry or roster edit, any affected round locked, a value
            of the batch changed since by a later batch (revert that first), competitors who have
            marks or times since. Recorded in the audit log with the reason.
            Example: judge score revert --batch 7 --reason "导入了错误的文件"
            """
        ),
        .discussDoubleEntryResolve: (
            """
            `judge status` 列出不一致之处（从不显示录入的值）。第三名录入员的录入
            与先前某次录入一致时，也可以确定该分数。
            示例：judge double-entry resolve --chief J9 --number 12 --round practical \\
                  --judge J1 --criterion skill --reason "已核对评分表" 52.5
            """,
            """
            `judge status` lists the disagreements (never the values entered). A third clerk whose
            entry agrees with one of the earlier entries settles a disagreement too.
            Example: judge double-entry resolve --chief J9 --number 12 --round practical --judge J1 \\
                       --criterion skill --reason "score sheet checked" 52.5
            """
        ),
        .discussCompetitorsShow: (
            """
            去掉最高最低分时去掉的分数标为“已去掉”；缺考、退赛或取消资格的选手的分数
            标为“保留，不计分”。各环节得分、总分、名次和奖项与工种成绩表一致，
            按 `judge rank` 和成绩表的同一规则算出。
            """,
            """
            Marks a trimmed mean leaves out are marked "dropped"; the marks of an absent, withdrawn
            or disqualified competitor are marked "kept, not scored". Scores, total, rank and prize
            are the trade sheet's, from the same rules as `judge rank` and the result sheets.
            """
        ),
        .discussCompetitorsEdit: (
            """
            每次修改都连同理由记入审计日志（见 `judge competitors show`）。
            状态：active（正常）、absent（缺考）、disqualified（取消资格）、withdrawn（退赛）。
            拒绝的情况：没有理由；参赛号不存在；没有要修改的内容；选手已有分数或用时时改工种；
            工种已发布后改状态或工种。该工种有环节锁定后，改状态或工种需要裁判长（--chief）。
            示例：judge competitors edit 12 --status 缺考 --reason "未到场"
            """,
            """
            Every change is recorded in the audit log with its reason (see `judge competitors show`).
            Status: active, absent (缺考), disqualified (取消资格), withdrawn (退赛); 正常 means active.
            Refused: no reason; an unknown number; nothing to change; a trade change for a competitor
            with marks or times; a status or trade change once the trade is published. Once a round
            of the trade is locked, a status or trade change needs the chief judge (--chief).
            Example: judge competitors edit 12 --status 缺考 --reason "未到场"
            """
        ),
        .discussLock: (
            """
            该工种该环节还有分数未录入（对获准参加该环节的选手）、有分差超限标记未确认，或有双录
            尚未确认时拒绝，并列出每一处问题。锁定后，对它的 `score import`、`score enter` 和 `time import`
            都会被拒绝，拒绝记入审计日志。
            示例：judge lock --trade nursery --round practical --chief J9
            """,
            """
            Refused, listing every blocker, while any mark of the trade and round is missing (for the
            competitors admitted to the round), flagged by max_spread and not confirmed, or not yet
            confirmed by double entry. Once locked, `score import`, `score enter` and `time import`
            for it are refused and the refusal is recorded in the audit log.
            Example: judge lock --trade nursery --round practical --chief J9
            """
        ),
        .discussUnlock: (
            """
            示例：judge unlock --trade nursery --round practical --reason "复核发现漏录" --chief J9
            """,
            "Example: judge unlock --trade nursery --round practical --reason \"复核发现漏录\" --chief J9"
        ),
        .discussFlags: (
            "`judge status` 列出分差超限标记；标记在更正或确认之前会阻止 `judge lock`。",
            "`judge status` lists the flags; a flag blocks `judge lock` until corrected or confirmed."
        ),
        .discussFlagsConfirm: (
            """
            确认只对当前的分数有效：其中任何一个分数改变，标记会重新出现。
            更正后分差回到 max_spread 以内，标记自动消除。
            示例：judge flags confirm --number 12 --round practical \\
                  --reason "现场复核无误" --chief J9
            """,
            """
            The confirmation holds for the marks as they are now: if one of them changes, the flag
            returns. A correction that brings the spread within max_spread clears the flag by itself.
            Example: judge flags confirm --number 12 --round practical --reason "现场复核无误" --chief J9
            """
        ),
        .discussRecusalAllow: (
            "连同理由和批准的裁判长记入审计日志。",
            "Recorded in the audit log with the reason and the chief judge who allowed it."
        ),
    ]
}
