import ScoreStore
public import ScoringCore

/// The competition as the database holds it (trades, rounds, judges, prizes).
public struct ReadCompetition {
    public init() {}

    public func run(in venue: Venue) throws -> Competition {
        try venue.store.competition()
    }
}
