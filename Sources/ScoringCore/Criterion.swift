public struct Criterion: Equatable, Sendable {
    public var id: CriterionID
    public var name: String
    public var max: Points

    public init(id: CriterionID, name: String, max: Points) {
        self.id = id
        self.name = name
        self.max = max
    }
}
