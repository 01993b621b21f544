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
