extension RefusalCode {
    /// Who may mark whom (SCORING.md: panels, recusal, judges per competitor), and what a locked round keeps out.
    static let panel: [RefusalCode: Wording] = [
        .notInPanel:
            (
                "裁判 {judge} 不在工种 {trade}、环节 {round} 的评分组内（评分组：{panel}），不能给选手 {competitor} 打分",
                "judge {judge} is not on the panel for trade {trade}, round {round} (panel: {panel}), so may not mark competitor {competitor}"
            ),
        .recused:
            (
                "裁判 {judge} 与选手 {competitor} 同单位，须回避，不能打分；裁判长可用 `judge recusal allow` 准许",
                "judge {judge} may not mark competitor {competitor}: the same unit, so the judge is recused (回避); the chief judge may allow it with `judge recusal allow`"
            ),
        .tooManyJudges:
            (
                "环节 {round} 每名选手由 {limit} 名裁判打分，选手 {number} 已有 {judges} 的分数",
                "round {round} takes {limit} judge{s} per competitor and competitor {number} already has marks from {judges}"
            ),
        .roundLocked:
            (
                "工种 {trade} 环节 {round} 已锁定（{chief} 于 {at} 锁定），不能再录入；如需更正请裁判长用 `judge score correct` 修改",
                "trade {trade}, round {round} is locked (by {chief} at {at}): a mark of a locked round changes only through `judge score correct` by the chief judge"
            ),
        .timeLocked:
            (
                "工种 {trade} 环节 {round} 已锁定（{chief} 于 {at} 锁定），用时不能再改；如需更改请裁判长说明理由后 `judge unlock`",
                "trade {trade}, round {round} is locked (by {chief} at {at}): times of a locked round cannot change; the chief judge can `judge unlock` it with a reason"
            ),
        .tradeClosedToEntries:
            (
                "工种 {trade} {why}，不能再增加选手（只有在该工种没有环节锁定时才能补报名）",
                "trade {trade} {why}, so no competitor can be added to it (late registration is open only while none of its rounds is locked)"
            ),
        .revertLocked:
            (
                "{batch} 不能撤销：工种 {trade} 环节 {round} 已锁定（{chief} 于 {at} 锁定）；请裁判长先解锁（`judge unlock`），或用 `judge score correct` 逐个更正分数",
                "{batch} cannot be reverted: trade {trade}, round {round} is locked (by {chief} at {at}); the chief judge unlocks it first (`judge unlock`), or changes single marks with `judge score correct`"
            ),
    ]
}
