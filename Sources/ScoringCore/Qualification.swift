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
