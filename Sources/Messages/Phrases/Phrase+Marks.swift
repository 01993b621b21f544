extension Phrase {
    /// One mark typed at the desk (`score enter`), settled (`double-entry resolve`) or corrected (`score correct`).
    static let marks: [Phrase: Wording] = [
        .pinPromptJudge: ("裁判 {judge} 的 PIN：", "PIN for judge {judge}: "),
        .pinPromptClerk: ("录入员 {clerk} 的 PIN：", "PIN for clerk {clerk}: "),
        .markStored: ("已保存 {value}{was}：{what}", "stored {value}{was}: {what}"),
        .markReplacing: ("（替换原来的 {old}）", ", replacing {old}"),
        .markBothAgree: ("已保存 {value}，两次录入一致：{what}", "stored {value}, both entries agree: {what}"),
        .markFirstEntry:
            (
                "已记录第一次录入 {value}：{what}；另一名录入员录入相同的值后生效",
                "first entry of {value} recorded: {what}; it counts once another clerk enters the same value"
            ),
        .markDisagrees:
            (
                "已记录录入 {value}，但与先前的录入不一致：{what}；见 `judge status`：由第三名录入员录入或裁判长（`judge double-entry resolve`）裁定",
                "entry of {value} recorded, but it does not agree with an earlier entry: {what}; see `judge status`: a third clerk's entry or the chief judge (`judge double-entry resolve`) settles it"
            ),
        .markNotScored:
            (
                "注意：选手 {number} 在名单上的状态是 {status}：分数保留但不计分",
                "note: competitor {number} is {status} on the roster: the mark is kept but not scored"
            ),
        .markWhat:
            (
                "选手 {number} {name}（{unit}），{what}，裁判 {judge} {judgeName}",
                "competitor {number} {name} ({unit}), {what}, judge {judge} {judgeName}"
            ),
        .markResolved: ("裁判长已裁定：{value}，{what}", "resolved by the chief judge: {value} for {what}"),
        .correctDone:
            (
                "已更正 {old} → {new}：选手 {number} {name}，{what}，裁判 {judge} {judgeName}",
                "corrected {old} → {new}: competitor {number} {name}, {what}, judge {judge} {judgeName}"
            ),
        .correctStaysLocked:
            (
                "工种 {trade} 环节 {round} 仍保持锁定（{chief} 于 {at} 锁定）",
                "trade {trade}, round {round} is locked (by {chief} at {at}) and stays locked"
            ),
        .correctFlagged:
            (
                "注意：分差超限：{flag}；请用 `judge flags confirm` 确认或继续更正",
                "note: flagged by max_spread: {flag}; confirm with `judge flags confirm` or correct further"
            ),
    ]
}
