extension RefusalCode {
    /// Sign-off: locks, corrections, flags, and a trade published final.
    static let signOff: [RefusalCode: Wording] = [
        .blocked:
            (
                "工种 {trade} 环节 {round} 不能锁定：有 {count} 处问题\n{blockers}",
                "trade {trade}, round {round} cannot be locked: {count} blocker{s}\n{blockers}"
            ),
        .alreadyLocked:
            (
                "工种 {trade} 环节 {round} 已经锁定（{chief} 于 {at} 锁定）",
                "trade {trade}, round {round} is locked (by {chief} at {at}) already"
            ),
        .notLocked: ("工种 {trade} 环节 {round} 没有锁定", "trade {trade}, round {round} is not locked"),
        .noSuchMark:
            (
                mark.zh + "：没有已存的分数；更正只能修改已存的分数（缺少的分数请用 `judge score enter` 录入）",
                mark.en
                    + ": no mark is stored; a correction changes a stored mark (enter a missing one with `judge score enter`)"
            ),
        .markUnchanged:
            (mark.zh + "：已存的分数就是这个值，无需更正", mark.en + ": the stored mark is already this value; nothing to correct"),
        .notFlagged:
            (
                "选手 {number}、环节 {round} 没有分差超限标记，无需确认",
                "competitor {number}, round {round} is not flagged: there is nothing to confirm"
            ),
        .alreadyConfirmed:
            (
                "选手 {number}、环节 {round}：这些分数已经确认过",
                "competitor {number}, round {round}: these marks are confirmed already"
            ),
        .tradeFinal:
            (
                "工种 {trade} 的成绩已定稿（第 {version} 版已作为最终成绩发布）：不能{doing}；最终发布后，该工种的分数、选手和状态都不再改变",
                "trade {trade} is final (version {version} was published final): {doing} is refused; after final publication no mark, competitor or status of the trade changes"
            ),
    ]
}
