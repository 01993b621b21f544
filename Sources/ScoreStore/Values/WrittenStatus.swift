import ScoringCore

extension Competitor.Status {
    /// A status as a roster file gives it: the key, or the Chinese word the result sheets use
    /// (缺考, 取消资格, 退赛); 正常 and 在赛 are active, as is an empty field.
    init?(written text: String) {
        let key = text.trimmingSpaces
        switch key {
        case "", "正常", "在赛": self = .active
        case "缺考": self = .absent
        case "取消资格": self = .disqualified
        case "退赛": self = .withdrawn
        default: self.init(rawValue: key)
        }
    }
}
