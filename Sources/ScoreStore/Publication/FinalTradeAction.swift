/// What a final trade refuses, named in both languages for `RefusalCode.tradeFinal`.
enum FinalTradeAction {
    case unlockRound, correctMark, changeCompetitor, resolveDoubleEntry, confirmFlag

    var en: String {
        switch self {
        case .unlockRound: "unlocking a round"
        case .correctMark: "correcting a mark"
        case .changeCompetitor: "changing a competitor"
        case .resolveDoubleEntry: "resolving a double entry"
        case .confirmFlag: "confirming a flag"
        }
    }

    var zh: String {
        switch self {
        case .unlockRound: "解锁环节"
        case .correctMark: "更正分数"
        case .changeCompetitor: "修改选手"
        case .resolveDoubleEntry: "裁决双录"
        case .confirmFlag: "确认分差标记"
        }
    }
}
