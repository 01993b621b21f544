extension RefusalCode {
    /// Reverting a batch (`judge score revert`): what cannot be taken back, and why.
    static let revert: [RefusalCode: Wording] = [
        .unknownBatch:
            (
                "--batch {batch}：没有这个批次；`judge audit log` 列出每次导入和录入的批次",
                "--batch {batch}: no such batch; `judge audit log` shows each import's and entry's batch"
            ),
        .batchRevertedAlready:
            (
                "--batch {batch}：{what}已经撤销过（批次 {revert}，{by} 于 {at}）",
                "--batch {batch}: {what} was reverted already (batch {revert} by {by} at {at})"
            ),
        .batchNotRevertable: ("--batch {batch}：{what}不能撤销：{why}", "--batch {batch}: {what} cannot be reverted: {why}"),
        .batchHoldsDoubleEntry:
            (
                "--batch {batch}：{what}含有双人录入的分数，这些分数由另一名录入员的录入或裁判长的裁决（`judge double-entry resolve`）确定，不能撤销",
                "--batch {batch}: {what} holds double-entry (双人录入) entries, which are settled by another clerk's entry or the chief judge (`judge double-entry resolve`), not reverted"
            ),
        .batchHoldsJudgeMarks:
            (
                "--batch {batch}：{what}含有裁判凭 PIN 录入的分数，只有裁判长可以修改（`judge score correct`）",
                "--batch {batch}: {what} holds marks a judge typed with a PIN; only the chief judge changes them (`judge score correct`)"
            ),
        .rosterRevertClosed:
            (
                "{what}不能撤销：工种 {trade} {why}，名单保持不变",
                "{what} cannot be reverted: trade {trade} {why}, so its roster stays as it is"
            ),
        .rosterRevertPublished:
            (
                "{what}不能撤销：工种 {trade} 已发布（第 {version} 版），名单保持不变",
                "{what} cannot be reverted: trade {trade} was published (version {version}), so its roster stays as it is"
            ),
        .rosterRevertHeld:
            (
                "{what}不能撤销：选手 {number} 此后已有{held}；请先撤销这些，或用 `judge competitors edit` 修改该选手（如 --status withdrawn）",
                "{what} cannot be reverted: competitor {number} has {held} since; revert those first, or change the competitor with `judge competitors edit` (e.g. --status withdrawn)"
            ),
        .revertMarkChanged:
            (
                "{what}不能撤销：其中的分数（" + mark.zh + "）此后已被批次 {later} 修改；请先撤销该批次",
                "{what} cannot be reverted: its mark " + mark.en
                    + " was changed since by batch {later}; revert that batch first"
            ),
        .revertTimeChanged:
            (
                "{what}不能撤销：其中选手 {number}、环节 {round} 的用时此后已被批次 {later} 修改；请先撤销该批次",
                "{what} cannot be reverted: its time of competitor {number}, round {round} was changed since by batch {later}; revert that batch first"
            ),
    ]
}
