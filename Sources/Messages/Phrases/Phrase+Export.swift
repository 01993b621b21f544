extension Phrase {
    /// The files `results export` and `report judges` wrote, and what kept a final sheet from being written.
    static let export: [Phrase: Wording] = [
        .exportWrote:
            (
                "已写出 {files}：{trade}，{ranked} 人排名，{prizes} 人获奖{note}",
                "wrote {files}: {trade}, {ranked} ranked, {prizes} prizes{note}"
            ),
        .exportProvisional: ("，暂定成绩：缺 {count} 个分数", ", provisional: {count} marks missing"),
        .exportMoreProblems:
            ("    … 另有 {count} 个（见 `judge status`）", "    … and {count} more (see `judge status`)"),
        .advancementWrote:
            (
                "已写出 {file}：{trade} 晋级名单 {round}，{count} 人中 {advanced} 人晋级",
                "wrote {file}: {trade} 晋级名单 {round}, {advanced} of {count} advanced"
            ),
        .advancementNotWritten:
            (
                "晋级名单 {trade} / {round} 未写出：环节 {qualifying} 的分数不全",
                "advancement list {trade} / {round} not written: marks of round {qualifying} are missing"
            ),
        .reportWrote:
            ("已写出 {file}：{trade}，{count} 个多名裁判评分的环节", "wrote {file}: {trade}, {count} round{s} with several judges"),
    ]
}
