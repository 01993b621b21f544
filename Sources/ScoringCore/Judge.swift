public struct Judge: Equatable, Sendable {
    public var id: JudgeID
    public var name: String
    public var unit: String
    /// The chief judge (裁判长): locks rounds, corrects locked marks, rules on appeals.
    public var chief: Bool

    public init(id: JudgeID, name: String, unit: String = "", chief: Bool = false) {
        self.id = id
        self.name = name
        self.unit = unit
        self.chief = chief
    }
}
