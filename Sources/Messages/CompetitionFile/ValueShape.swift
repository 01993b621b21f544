/// What a value of the competition file is, or should be: `expected {shape}[, not {kind}]`
/// (`RefusalCode.expectedShape`). Key names and examples stay as the file writes them.
public enum ValueShape: String, CaseIterable, Sendable {
    // What a value is, when it is the wrong one.
    case text, mapping, list, alias
    // What a key holds.
    case topMapping = "top_mapping"
    case competitionMapping = "competition_mapping"
    case tradeList = "trade_list"
    case roundList = "round_list"
    case judgeList = "judge_list"
    case tieBreakList = "tie_break_list"
    case prizeList = "prize_list"
    case trade, judge, round
    case criterionList = "criterion_list"
    case criterion, qualification
    case prize
    case signatureList = "signature_list"
    case panelList = "panel_list"
    case panel
    case judgeIDList = "judge_id_list"
    case clerkList = "clerk_list"
    case clerk
    case number
    case wholeNumber = "whole_number"
    case flag

    public func text(in language: Language) -> String {
        language == .zh ? words.zh : words.en
    }

    /// `["expected": …, "expected.zh": …]`, as a refusal names it under `name`.
    public func values(_ name: String) -> [String: String] {
        [name: words.en, name + ".zh": words.zh]
    }

    private var words: (zh: String, en: String) {
        switch self {
        case .text: ("文字", "text")
        case .mapping: ("映射", "a mapping")
        case .list: ("列表", "a list")
        case .alias: ("别名", "an alias")
        case .topMapping:
            (
                "一个映射，键为 competition、trades、rounds、judges、tie_break、percent_rounding、prizes、panels、clerks 和 notice_days_min",
                "a mapping with the keys competition, trades, rounds, judges, tie_break, percent_rounding, prizes, panels, clerks and notice_days_min"
            )
        case .competitionMapping:
            (
                "一个映射：{ id, name, organizer, contact, signatures }",
                "a mapping: { id, name, organizer, contact, signatures }"
            )
        case .tradeList: ("工种列表，每项 { id, name }", "a list of trades, each { id, name }")
        case .roundList: ("环节列表，按比赛顺序", "a list of rounds, in competition order")
        case .judgeList: ("裁判列表，每项 { id, name, unit }", "a list of judges, each { id, name, unit }")
        case .tieBreakList:
            (
                "环节编号或 time:<环节编号> 的列表，如 [practical, theory]",
                "a list of round ids or time:<round id>, e.g. [practical, theory]"
            )
        case .prizeList:
            (
                "奖项列表，从高到低，每项 { name, count 或 percent, title, min_total }",
                "a list of prize tiers, best first, each { name, count or percent, title, min_total }"
            )
        case .trade: ("一个工种：{ id, name }", "a trade: { id, name }")
        case .judge: ("一位裁判：{ id, name, unit, chief }", "a judge: { id, name, unit, chief }")
        case .round:
            (
                "一个环节：{ id, name, max, weight, aggregate, judges, criteria, qualify, max_spread, double_entry }",
                "a round: { id, name, max, weight, aggregate, judges, criteria, qualify, max_spread, double_entry }"
            )
        case .criterionList: ("评分项列表，每项 { id, name, max }", "a list of criteria, each { id, name, max }")
        case .criterion: ("一个评分项：{ id, name, max }", "a criterion: { id, name, max }")
        case .qualification:
            (
                "晋级条件 { after: <环节编号>, top: <人数> } 或 { after: <环节编号>, min_score: <分数> }",
                "{ after: <round id>, top: <n> } or { after: <round id>, min_score: <score> }"
            )
        case .prize:
            (
                "一个奖项：{ name, count 或 percent, title, min_total }",
                "a prize tier: { name, count or percent, title, min_total }"
            )
        case .signatureList:
            ("签名栏列表，如 [裁判长, 监督, 主办单位（盖章）]", "a list of signature lines, e.g. [裁判长, 监督, 主办单位（盖章）]")
        case .panelList:
            (
                "评分组列表，每项 { trade, round, judges: [裁判编号] }",
                "a list of panels, each { trade, round, judges: [judge ids] }"
            )
        case .panel: ("一个评分组：{ trade, round, judges: [裁判编号] }", "a panel: { trade, round, judges: [judge ids] }")
        case .judgeIDList: ("裁判编号列表，如 [J1, J2, J3]", "a list of judge ids, e.g. [J1, J2, J3]")
        case .clerkList: ("录入员列表，每项 { id, name }", "a list of clerks, each { id, name }")
        case .clerk: ("一名录入员：{ id, name }", "a clerk: { id, name }")
        case .number: ("100 或 12.5 这样的数", "a number like 100 or 12.5")
        case .wholeNumber: ("整数", "a whole number")
        case .flag: ("布尔值 true 或 false", "true or false")
        }
    }
}
