import ScoreStore
public import ScoringCore

/// Who advanced to each round with `qualify`, per trade: the advancement lists (晋级名单).
public struct ReadAdmissions {
    public init() {}

    public func run(in venue: Venue) throws -> [TradeAdmission] {
        try venue.store.admissions()
    }
}
