extension Phrase {
    /// What an import says it did: counts, the encoding read, double entries, marks kept but not scored, and `score revert`.
    static let imports: [Phrase: Wording] = [
        .addedCompetitors: ("已从 {file}{readAs} 添加 {count} 名选手", "added {count} competitors from {file}{readAs}"),
        .addedMarks:
            ("已从 {file}{readAs} 添加 {count} 个分数{replaced}", "added {count} marks{replaced} from {file}{readAs}"),
        .recordedTimes:
            ("已从 {file}{readAs} 记录 {count} 个用时{replaced}", "recorded {count} times{replaced} from {file}{readAs}"),
        .replacedCount: ("，替换 {count} 个", ", replaced {count}"),
        .readAs: ("（按 {encoding} 读取）", " (read as {encoding})"),
        .importFirstEntries:
            (
                "已记录 {count} 个第一遍录入：另一名录入员录入相同的值后才计入",
                "{count} first entries recorded: they count once another clerk enters the same values"
            ),
        .importDisagreements:
            (
                "{count} 个录入与之前录入员的不一致：见 `judge status`；由第三名录入员再录一遍或由裁判长（`judge double-entry resolve`）裁定",
                "{count} entries do not agree with an earlier clerk's: see `judge status`; a third clerk's entry or the chief judge (`judge double-entry resolve`) settles them"
            ),
        .ignoredKept:
            ("已保留 {count} 个不计分的分数：", "kept {count} mark{s} that will not be scored:"),
        .ignoredNotAdmitted:
            ("未获准参加该环节", "not admitted to the round"),
        .ignoredGroup:
            (
                "  环节 {round}：{count} 名选手的 {marks} 个分数（{why}）：",
                "  round {round}: {marks} for {count} competitor{s} {why}: "
            ),
        .ignoredMore:
            ("，… 另有 {count} 名", ", … and {count} more"),
        .revertDone:
            (
                "已撤销批次 {batch}{file}：删除 {removed} 个{things}，{restored} 个恢复为原值；记为批次 {revertBatch}",
                "reverted batch {batch}{file}: {removed} {things} removed, {restored} restored to their earlier values; recorded as batch {revertBatch}"
            ),
        .revertCompetitors: ("选手", "competitors"),
        .revertTimes: ("用时", "times"),
        .revertMarks: ("分数", "marks"),
    ]
}
