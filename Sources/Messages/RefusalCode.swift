/// Every refusal there is, once, with its text in both languages. The raw value is the stable
/// code the service returns (API.md); tests pin both texts of every code.
public enum RefusalCode: String, CaseIterable, Sendable {
    // A mark as typed (SCORING.md: at most 2 decimal places, 0 to the maximum).
    case missingField = "missing_field"
    case notANumber = "not_a_number"
    case tooManyPlaces = "too_many_places"
    case negative
    case tooLarge = "too_large"
    case aboveMaximum = "above_maximum"
    // Who may do what (API.md).
    case wrongPIN = "wrong_pin"
    case lockedOut = "locked_out"
    case csrf
    case badOrigin = "bad_origin"
    case notSignedIn = "not_signed_in"
    case notChief = "not_chief"
    case notInPanel = "not_in_panel"
    case recused
    case notAdmitted = "not_admitted"
    case notActive = "not_active"
    // What a mark refers to, and the state of its round.
    case unknownCompetitor = "unknown_competitor"
    case unknownRound = "unknown_round"
    case unknownCriterion = "unknown_criterion"
    case unknownTrade = "unknown_trade"
    case roundLocked = "round_locked"
    case doubleEntryRound = "double_entry_round"
    case blocked
    case alreadyLocked = "already_locked"
    case markProtected = "mark_protected"
    // A request as sent to the service.
    case requestReused = "request_reused"
    case malformedJSON = "malformed_json"
    case bodyTooLarge = "body_too_large"
    case notFound = "not_found"

    public func template(in language: Language) -> String {
        let text = self.text
        return language == .zh ? text.zh : text.en
    }

    private var text: (zh: String, en: String) {
        switch self {
        case .missingField: ("此处必须填写", "a value is required here")
        case .notANumber: ("不是分数：应为 86 或 86.50 这样的数", "not a mark: expected a number like 86 or 86.50")
        case .tooManyPlaces: ("分数最多保留 2 位小数", "a mark has at most 2 decimal places")
        case .negative: ("分数不能为负", "a mark cannot be negative")
        case .tooLarge: ("不是分数：数值过大", "not a mark: the number is far too large")
        case .aboveMaximum: ("超过满分 {max}", "above the maximum of {max}")
        case .wrongPIN: ("裁判编号或 PIN 不对", "wrong judge id or PIN")
        case .lockedOut:
            (
                "PIN 连续输错，已锁定，请 {minutes} 分钟后再试或找裁判长",
                "locked out after wrong PINs: try again in {minutes} minutes or ask the chief judge"
            )
        case .csrf: ("页面已过期，请刷新后重试", "the page is out of date (CSRF token): reload it and try again")
        case .badOrigin: ("请求来自其他网站，已拒绝", "the request came from another site and was refused")
        case .notSignedIn: ("请先登录", "sign in first")
        case .notChief: ("只有裁判长可以这样做", "only the chief judge may do this")
        case .notInPanel:
            ("您不在该工种该环节的评分组，不能给此选手打分", "you are not on this trade's and round's panel")
        case .recused:
            (
                "您与该选手同单位，需回避；如确需评分请裁判长批准",
                "you are recused from this competitor (same unit); the chief judge may allow it"
            )
        case .notAdmitted: ("该选手未进入此环节", "the competitor is not admitted to this round")
        case .notActive: ("该选手已缺考、取消资格或退赛，不能打分", "the competitor is absent, disqualified or withdrawn")
        case .unknownCompetitor: ("没有参赛号为 {value} 的选手", "no competitor has the number {value}")
        case .unknownRound: ("没有名为 {value} 的环节", "no round {value}")
        case .unknownCriterion: ("该环节没有评分项 {value}", "the round has no criterion {value}")
        case .unknownTrade: ("没有名为 {value} 的工种", "no trade {value}")
        case .roundLocked:
            (
                "该环节已锁定，不能再录入；如需更正请裁判长解锁并说明理由",
                "the round is locked: the chief judge must unlock it, with a reason, before any change"
            )
        case .doubleEntryRound:
            (
                "该环节由记分员按纸质评分表双人录入，不在此打分",
                "this round is entered twice by clerks from paper sheets, not here"
            )
        case .blocked: ("还不能锁定：{count} 项未完成", "cannot lock yet: {count} things to settle")
        case .alreadyLocked: ("该环节已锁定", "the round is locked already")
        case .markProtected:
            (
                "该分数由记分员或裁判长录入，只有裁判长可以更改",
                "this mark was entered by a clerk or the chief judge: only the chief judge changes it"
            )
        case .requestReused:
            (
                "该请求号已用于另一个分数，请重新提交",
                "this request_id was already used for another mark: send it with a new one"
            )
        case .malformedJSON: ("请求格式不对（不是有效的 JSON）", "the request body is not valid JSON")
        case .bodyTooLarge: ("请求过大，已拒绝", "the request body is too large")
        case .notFound: ("没有这个地址", "no such address")
        }
    }
}
