extension Phrase {
    /// One competitor as `competitors show` prints it, and what `competitors edit` changed.
    static let competitor: [Phrase: Wording] = [
        .showCompetitor:
            (
                "选手 {number} {name}（{unit}），{trade}（{tradeID}），状态 {status}（{statusName}）",
                "competitor {number} {name} ({unit}), {trade} ({tradeID}), status {status} ({statusName})"
            ),
        .showRegistered: ("报名：{registered}，第 {line} 行", "registered: {registered}, line {line}"),
        .showChanges: ("变更：", "changes:"),
        .showChange:
            (
                "  {at}  批次 {batch}  {changes}，由 {by}{chief}：{reason}",
                "  {at}  batch {batch}  {changes}, by {by}{chief}: {reason}"
            ),
        .showChangeChief: ("，裁判长 {chief}", ", chief judge {chief}"),
        .showMissing: ("缺少：", "missing:"),
        .showRound: ("环节 {round}（{roundID}），{method}：{shown}", "{round} ({roundID}), {method}: {shown}"),
        .showTrimmedMean: ("trimmed-mean（去掉最高最低各 {trim} 个）", "trimmed-mean, trim {trim}"),
        .showNoMarks: ("没有分数", "no marks"),
        .showNotScored: ("未计分", "not scored"),
        .showKeptNotScored: ("保留，不计分", "kept, not scored"),
        .showIncomplete: ("不完整", "incomplete"),
        .showDropped: ("  已去掉", "  dropped"),
        .showRanked: ("总分 {total}，名次 {rank}", "total {total}, rank {rank}"),
        .showPrize: ("，奖项 {prize}", ", prize {prize}"),
        .showTitle: ("，称号 {title}", ", title {title}"),
        .showNoPrize: ("，无奖项", ", no prize"),
        .showNotYet: ("总分：暂无（缺分数）", "total: not yet (marks missing)"),
        .showNotQualified: ("未晋级后续环节：不排名", "not qualified for a later round (未晋级): not ranked"),
        .showNotRanked: ("不排名：{status}", "not ranked: {status}"),
        .editChanged:
            ("已修改选手 {number}（批次 {batch}）：{changes}", "changed competitor {number} (batch {batch}): {changes}"),
        .editLeavesRanking:
            (
                "注意：选手 {number} 有 {marks} 个分数；分数保留但不再计分，{name} 因此退出排名（撤销：`judge competitors edit {number} --status active --reason …`）",
                "note: competitor {number} has {marks} marks; they are kept but no longer scored, so {name} leaves the ranking (undo: `judge competitors edit {number} --status active --reason …`)"
            ),
    ]
}
