extension RefusalCode {
    /// Editing a competitor (`judge competitors edit`): what cannot change, or needs the chief judge.
    static let rosterEdit: [RefusalCode: Wording] = [
        .competitorUnchanged:
            (
                "选手 {number}（{name}，{unit}，{trade}，{status}）已是这些值，无需修改",
                "competitor {number} ({name}, {unit}, {trade}, {status}) already has these values; nothing to change"
            ),
        .tradeChangeWithEntries:
            (
                "--trade {trade}：选手 {number} 在工种 {from} 中已有 {held}，不能改工种；请先撤销（`judge score revert --batch ID`），或用新的参赛号重新报名",
                "--trade {trade}: competitor {number} has {held} in trade {from}, so the trade cannot change; take them back first (`judge score revert --batch ID`), or register the competitor again under a new number"
            ),
        .moveIntoClosedTrade:
            (
                "--trade {trade}：工种 {trade} {why}，不能再转入选手（与补报名一样）",
                "--trade {trade}: trade {trade} {why}, so no competitor can move into it (as no late registration can)"
            ),
        .statusChangeNeedsChief:
            (
                "工种 {trade} 环节 {round} 已锁定（{chief} 于 {at} 锁定）：修改其中选手的状态或工种需要裁判长（--chief ID）",
                "trade {trade}, round {round} is locked (by {chief} at {at}): a status or trade change in it needs the chief judge (--chief ID)"
            ),
        .unitChangeNeedsChief:
            (
                "--unit：选手 {number} 已有分数，而回避按单位判断，所以修改单位需要裁判长（--chief ID）",
                "--unit: competitor {number} has marks, and recusal (回避) is decided by unit, so a unit change needs the chief judge (--chief ID)"
            ),
        .publishedTradeChange:
            (
                "--{option}：工种 {trade} 已发布（第 {version} 版，{at}）：修改{change}会改变已发布的名次，应通过申诉（`judge appeal`）和更正解决",
                "--{option}: trade {trade} was published (version {version}, {at}): a {change} change would change the published ranking; it is settled through an appeal (`judge appeal`) and a correction"
            ),
    ]
}
