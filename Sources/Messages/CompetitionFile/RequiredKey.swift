/// A key the competition file must give, and what to write there (`RefusalCode.missingKey`):
/// in English the sentence a clerk reads, in Chinese what is missing (`缺少{need}`).
public enum RequiredKey: String, CaseIterable, Sendable {
    case competition
    case competitionID = "competition_id"
    case competitionName = "competition_name"
    case trades, rounds
    case tradeID = "trade_id"
    case tradeName = "trade_name"
    case judgeID = "judge_id"
    case roundID = "round_id"
    case roundName = "round_name"
    case roundMax = "round_max"
    case roundWeight = "round_weight"
    case criterionID = "criterion_id"
    case criterionMax = "criterion_max"
    case qualifyAfter = "qualify_after"
    case prizeName = "prize_name"
    case panelTrade = "panel_trade"
    case panelRound = "panel_round"
    case panelJudges = "panel_judges"
    case clerkID = "clerk_id"
    case clerkName = "clerk_name"

    public func text(in language: Language) -> String {
        language == .zh ? words.zh : words.en
    }

    /// `["need": …, "need.zh": …]`, as `RefusalCode.missingKey` names it.
    public var values: [String: String] { ["need": words.en, "need.zh": words.zh] }

    private var words: (zh: String, en: String) {
        switch self {
        case .competition:
            ("竞赛文件开头的 competition: { id, name }", "a competition file starts with competition: { id, name }")
        case .competitionID:
            ("竞赛编号 id（字母、数字、'-' 和 '_'）", "the competition needs an id (letters, digits, '-' and '_')")
        case .competitionName: ("竞赛名称 name", "the competition needs a name")
        case .trades: ("工种列表 trades（每项 { id, name }）", "a competition needs its trades: a list of { id, name }")
        case .rounds: ("环节列表 rounds（按比赛顺序）", "a competition needs its rounds, in competition order")
        case .tradeID: ("工种编号 id", "a trade needs an id")
        case .tradeName: ("工种名称 name", "a trade needs a name")
        case .judgeID: ("裁判编号 id", "a judge needs an id")
        case .roundID: ("环节编号 id", "a round needs an id")
        case .roundName: ("环节名称 name", "a round needs a name")
        case .roundMax: ("环节满分 max（如 100）", "a round needs a max (its full marks, e.g. 100)")
        case .roundWeight: ("环节权重 weight（占总成绩的百分比）", "a round needs a weight (percent of the total)")
        case .criterionID: ("评分项编号 id", "a criterion needs an id")
        case .criterionMax: ("评分项满分 max", "a criterion needs a max")
        case .qualifyAfter:
            ("晋级条件的 after: <前一环节的编号>", "a qualification needs after: <the earlier round's id>")
        case .prizeName: ("奖项名称 name", "a prize tier needs a name")
        case .panelTrade: ("评分组所评的工种 trade", "a panel needs the trade it marks")
        case .panelRound: ("评分组所评的环节 round", "a panel needs the round it marks")
        case .panelJudges: ("评分组的裁判，如 judges: [J1, J2, J3]", "a panel needs its judges, e.g. judges: [J1, J2, J3]")
        case .clerkID: ("录入员编号 id，如 L1", "a clerk needs an id, e.g. L1")
        case .clerkName: ("录入员姓名 name", "a clerk needs a name")
        }
    }
}
