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

    public init(
        id: RoundID, name: String, max: Points, weight: Points, aggregate: Aggregation = .mean,
        judges: Int? = nil, criteria: [Criterion] = [], qualify: Qualification? = nil, maxSpread: Points? = nil
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

/// Only the best of an earlier round take this one (晋级, SCORING.md §6).
public struct Qualification: Equatable, Sendable {
    public enum Cut: Equatable, Sendable {
        /// Everyone ranked <= n in the earlier round (ties at the cut all go through).
        case top(Int)
        /// Every score >= the value.
        case minScore(Points)
    }

    public var after: RoundID
    public var cut: Cut

    public init(after: RoundID, cut: Cut) {
        self.after = after
        self.cut = cut
    }
}

public enum Aggregation: Equatable, Sendable, CustomStringConvertible {
    case single
    case mean
    /// Drop the `trim` highest and lowest marks (去掉最高分和最低分), mean of the rest.
    case trimmedMean(trim: Int)
    case median

    public var minimumMarks: Int {
        switch self {
        case .single, .mean, .median: 1
        case .trimmedMean(let trim): 2 * trim + 1
        }
    }

    public var description: String {
        switch self {
        case .single: "single"
        case .mean: "mean"
        case .trimmedMean: "trimmed-mean"
        case .median: "median"
        }
    }
}
