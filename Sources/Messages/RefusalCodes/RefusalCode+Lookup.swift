extension RefusalCode {
    /// What a row or an option names, looked up in the competition and the roster.
    static let lookup: [RefusalCode: Wording] = [
        .unknownCompetitor:
            ("没有这个参赛号的选手[；是不是 {suggestions}？]", "no competitor has this number[; did you mean {suggestions}?]"),
        .unknownTrade:
            ("没有这个编号或名称的工种；现有工种：{known}", "no trade has this id or name; trades are {known}"),
        .unknownRound:
            ("没有这个编号或名称的环节；现有环节：{known}", "no round has this id or name; rounds are {known}"),
        .unknownJudge:
            ("没有这个编号或名称的裁判；现有裁判：{known}", "no judge has this id or name; judges are {known}"),
        .unknownCriterion:
            (
                "环节 {round} 没有这个编号或名称的评分项；评分项有：{known}",
                "round {round} has no criterion with this id or name; its criteria are {known}"
            ),
        .ambiguousName:
            ("有 {count} 个{field}同名（{matches}）：请填编号", "{count} {field}s have this name ({matches}): give the id"),
        .ambiguousCriterion:
            (
                "环节 {round} 有 {count} 个同名评分项（{matches}）：请填编号",
                "round {round} has {count} criteria with this name ({matches}): give the id"
            ),
        .criterionRequired:
            ("环节 {round} 按评分项打分：请填 {known} 之一", "round {round} is marked by criterion: give one of {known}"),
        .noCriteria: ("环节 {round} 不分评分项：评分项请留空", "round {round} has no criteria: leave criterion empty"),
        .unknownStatus:
            (
                "无法识别的状态；请填 正常、缺考、取消资格、退赛（或 active、absent、disqualified、withdrawn；留空即正常）",
                "unknown status; use active, absent, disqualified or withdrawn, or 正常, 缺考, 取消资格, 退赛 (empty means active)"
            ),
        .unknownClerk:
            ("赛事文件中没有这个编号的录入员；录入员有：{known}", "no clerk has this id; the competition file's clerks are {known}"),
        .reasonRequired: ("必须填写理由；理由会记入审计日志", "a reason is required; it is kept in the audit log"),
        .notATime:
            (
                "不是用时：请填整秒数（754）、分:秒（12:34）或 时:分:秒（1:02:34）",
                "not a time: use whole seconds (754), M:SS (12:34) or H:MM:SS (1:02:34)"
            ),
    ]
}
