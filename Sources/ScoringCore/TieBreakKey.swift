public enum TieBreakKey: Equatable, Sendable, CustomStringConvertible {
    /// The higher score in this round wins.
    case round(RoundID)
    /// The shorter time used in this round wins; no recorded time loses to a time.
    case time(RoundID)

    public var description: String {
        switch self {
        case .round(let id): id.rawValue
        case .time(let id): "time:\(id.rawValue)"
        }
    }
}
