import ScoreStore
import ScoringCore
public import StoreValues

/// Every trade scored from one snapshot, for the result sheets.
public struct ScoreCompetition {
    public init() {}

    public func run(in venue: Venue, progress: ((_ done: Int, _ of: Int) -> Void)? = nil) throws -> ScoredCompetition {
        try venue.store.scoredCompetition(progress: progress)
    }
}
