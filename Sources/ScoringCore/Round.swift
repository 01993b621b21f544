/// A round (环节) of the competition: its maximum, weight, aggregation and criteria.
public struct Round: Equatable, Sendable {
    public var id: RoundID
    public var name: String
    public var max: Points
    /// Percent of the total, in hundredths (30% is `Points(whole: 30)`).
    public var weight: Points
    public var aggregate: Aggregation
    /// Marks expected per competitor, when declared.
    public var judges: Int?
    public var criteria: [Criterion]
    public var qualify: Qualification?
    /// The divergence gate: judges' round marks differing by more than this flag the competitor.
    public var maxSpread: Points?
    /// Every mark is typed twice, blind, by two clerks and counts only when both agree (双人录入).
    public var doubleEntry: Bool

    public init(
        id: RoundID, name: String, max: Points, weight: Points, aggregate: Aggregation = .mean,
        judges: Int? = nil, criteria: [Criterion] = [], qualify: Qualification? = nil, maxSpread: Points? = nil,
        doubleEntry: Bool = false
    ) {
        self.id = id
        self.name = name
        self.max = max
        self.weight = weight
        self.aggregate = aggregate
        self.judges = judges
        self.criteria = criteria
        self.qualify = qualify
        self.maxSpread = maxSpread
        self.doubleEntry = doubleEntry
    }

    public func criterion(_ id: CriterionID) -> Criterion? { criteria.first { $0.id == id } }

    /// Judges' marks a competitor needs before the round score exists.
    public var requiredMarks: Int { judges ?? aggregate.minimumMarks }

    /// The most judges' marks a competitor may have; nil when unlimited.
    public var maximumMarks: Int? {
        if let judges { return judges }
        if case .single = aggregate { return 1 }
        return nil
    }

    /// The maximum of one mark entry: a criterion's, or the round's.
    public func maximum(for criterion: CriterionID?) -> Points? {
        guard let criterion else { return criteria.isEmpty ? max : nil }
        return self.criterion(criterion)?.max
    }
}
