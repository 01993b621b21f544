import ScoreStore
public import ScoringCore
public import StoreValues

/// One competitor: details, changes, every mark, scores, rank and prize.
public struct ShowCompetitor {
    public var number: CompetitorNumber

    public init(number: CompetitorNumber) {
        self.number = number
    }

    public func run(in venue: Venue) throws -> CompetitorDetail {
        try venue.store.competitorDetail(number: number)
    }
}
