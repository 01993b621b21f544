extension RefusalCode {
    /// The competition's rules checked when it is loaded (SCORING.md §9), placed at their key of the file.
    static let competitionRules: [RefusalCode: Wording] = [
        .idCharacters: ("只能用字母、数字、'-' 和 '_'", "use letters, digits, '-' and '_' only"),
        .idRequired: ("必须填写编号", "an id is required"),
        .idRepeats: ("与 {first} 重复", "repeats {first}"),
        .noTrades: ("竞赛至少要有一个工种", "a competition needs at least one trade"),
        .noRounds: ("竞赛至少要有一个环节", "a competition needs at least one round"),
        .weightsSum: ("各环节权重之和为 {sum}，必须正好是 100", "weights sum to {sum}, they must sum to exactly 100"),
        .roundMaxNotPositive: ("环节满分必须大于 0", "a round's max must be positive"),
        .weightNegative: ("权重不能为负", "a weight cannot be negative"),
        .trimNegative: ("trim 不能为负", "trim cannot be negative"),
        .singleTakesOneMark: ("aggregate single 只取 1 个分数", "aggregate single takes exactly 1 mark"),
        .tooFewJudges:
            (
                "{method}[（trim {trim}）]至少需要 {needed} 名裁判的分数",
                "{method}[ with trim {trim}] needs at least {needed} judges' marks"
            ),
        .criterionMaxNotPositive: ("评分项满分必须大于 0", "a criterion's max must be positive"),
        .criteriaSum: ("各评分项满分之和为 {sum}，而环节满分为 {max}", "maxima sum to {sum}, round max is {max}"),
        .spreadAboveMax:
            (
                "max_spread 超过环节满分 {max}，永远不会触发",
                "max_spread is above the round's max of {max}, so it never flags anyone"
            ),
        .spreadWithOneMark: ("本环节只取一名裁判的分数，不会有分差", "this round takes one judge's mark, so its marks cannot differ"),
        .qualifyNotEarlier:
            (
                "晋级只能依据之前的环节，不能是本环节或之后的环节",
                "a round can only qualify after an earlier round, not the same or a later one"
            ),
        .topBelowOne: ("top 至少为 1", "top must be at least 1"),
        .countNegative: ("人数不能为负", "a count cannot be negative"),
        .percentOutOfRange: ("百分比应在 0 到 100 之间", "a percent is between 0 and 100"),
        .panelRepeats: ("与 {first} 重复：每个工种的每个环节只设一个评分组", "repeats {first}: one panel per trade and round"),
        .panelWithoutJudges: ("评分组需要列出裁判", "a panel needs its judges"),
        .judgeTwiceInPanel: ("这名裁判在本评分组中列了两次", "the judge is named twice in this panel"),
        .panelTooSmall:
            (
                "环节 {round} 每名选手取 {needed} 名裁判的分数，但评分组只有 {count} 人",
                "round {round} takes {needed} judges' marks but the panel names {count}"
            ),
        .noPanel:
            (
                "工种 {trade}、环节 {round} 没有评分组；声明了评分组（panels）后，每个工种的每个环节都要有",
                "no panel for trade {trade}, round {round}; when panels are declared, every trade and round needs one"
            ),
    ]
}
