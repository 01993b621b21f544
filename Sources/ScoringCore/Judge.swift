public struct Judge: Equatable, Sendable {
    public var id: JudgeID
    public var name: String
    /// The judge's unit (单位), which recusal compares with a competitor's; nil when none is given.
    public var unit: String?
    /// The chief judge (裁判长): locks rounds, corrects locked marks, rules on appeals.
    public var chief: Bool

    public init(id: JudgeID, name: String, unit: String? = nil, chief: Bool = false) {
        self.id = id
        self.name = name
        // An empty unit is no unit: recusal never matches it.
        self.unit = unit?.isEmpty == true ? nil : unit
        self.chief = chief
    }
}
