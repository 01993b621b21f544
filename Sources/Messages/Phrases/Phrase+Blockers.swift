extension Phrase {
    /// What keeps a round from its lock or a trade from its final sheet, one line each: a missing
    /// or extra mark, an unconfirmed flag, an open double entry, an unallowed recusal. `judge
    /// lock`, `judge status`, an export and the console's lock all print these lines.
    static let blockers: [Phrase: Wording] = [
        .problemMissing:
            (
                "选手 {number}、环节 {round}[、裁判 {judge}][、评分项 {criterion}]：缺分",
                "competitor {number}, round {round}[, judge {judge}][, criterion {criterion}]: missing"
            ),
        .problemOneMoreJudge:
            (
                "选手 {number}、环节 {round}[、评分项 {criterion}]：还需 1 名裁判的分数",
                "competitor {number}, round {round}[, criterion {criterion}]: 1 more judge's mark needed"
            ),
        .problemMoreJudges:
            (
                "选手 {number}、环节 {round}[、评分项 {criterion}]：还需 {count} 名裁判的分数",
                "competitor {number}, round {round}[, criterion {criterion}]: {count} more judges' marks needed"
            ),
        .problemExtra:
            (
                "选手 {number}、环节 {round}[、裁判 {judge}][、评分项 {criterion}]：比该环节规定的多 {count} 个分数",
                "competitor {number}, round {round}[, judge {judge}][, criterion {criterion}]: {count} mark{s} more than the round takes"
            ),
        .spreadFlag:
            (
                "选手 {number}、环节 {round}：{marks} — 分差 {spread} > {max}",
                "competitor {number}, round {round}: {marks} — spread {spread} > {max}"
            ),
        .blockerFlag:
            (
                "{flag}：裁判长尚未确认（`judge flags confirm`）",
                "{flag}: not confirmed by the chief judge (`judge flags confirm`)"
            ),
        .blockerDoubleEntryOpen:
            (
                "选手 {number}、裁判 {judge}[、评分项 {criterion}]：{clerks} 已录入，等待第二名录入员",
                "competitor {number}, judge {judge}[, criterion {criterion}]: entered by {clerks}, waiting for a second clerk"
            ),
        .blockerDoubleEntryDisagrees:
            (
                "选手 {number}、裁判 {judge}[、评分项 {criterion}]：{clerks} 的录入不一致；由第三名录入员录入或裁判长（`judge double-entry resolve`）裁定",
                "competitor {number}, judge {judge}[, criterion {criterion}]: entries by {clerks} disagree; a third clerk's entry or the chief judge (`judge double-entry resolve`) settles it"
            ),
        .blockerRecusal:
            (
                "选手 {number} {name}（{unit}），裁判 {judge} {judgeName}（{judgeUnit}）：须回避而给出的分数，裁判长尚未准许；请说明理由准许（`judge recusal allow`），或撤回该分数（`judge score revert`）由其他裁判评分",
                "competitor {number} {name} ({unit}), judge {judge} {judgeName} ({judgeUnit}): a mark given in a recusal (回避) the chief judge has not allowed; allow it with a reason (`judge recusal allow`), or take it back (`judge score revert`) for another judge to mark"
            ),
        .finalNotLatest:
            (
                "成绩表与最新的第 {version} 版不同：请先发布（`judge results publish --trade {trade} --out DIR --chief ID`），再将该版定为最终成绩",
                "the sheet differs from the latest version {version}: publish it first (`judge results publish --trade {trade} --out DIR --chief ID`), then make that version final"
            ),
        .finalNoticeRuns: ("第 {version} 版的公示期到 {at} 才结束", "the notice period of version {version} runs until {at}"),
        .finalAppealOpen:
            ("申诉 {id}（选手 {number}）尚未裁决：{reason}", "appeal {id} (competitor {number}) is open: {reason}"),
    ]
}
