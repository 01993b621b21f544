import GRDB
public import ScoringCore

/// What is stored, row for row, for a listing and for tests; sheets, ranks and status are read
/// trade by trade through `scoredCompetition`.
extension ScoreDatabase {
    /// The competitors on the roster, in the order they were added.
    public func competitors() throws -> [Competitor] {
        try writer.read { db in try Self.competitors(db) }
    }

    static func competitors(_ db: Database) throws -> [Competitor] {
        try CompetitorRecord.order(CompetitorRecord.Columns.id).fetchIndexedAll(db).map(\.competitor)
    }

    /// Every stored mark, competitor by competitor.
    func marks() throws -> [Mark] {
        try writer.read { db in
            let numbers = Dictionary(
                uniqueKeysWithValues: try CompetitorRecord.all().fetchIndexedAll(db).map {
                    ($0.id, CompetitorNumber($0.number))
                })
            return try MarkValueRecord.all().fetchIndexedAll(db).compactMap { record in
                numbers[record.competitorID].map { record.mark(of: $0) }
            }
        }
    }

    /// Every stored time.
    func times() throws -> [TimeUsed] {
        try writer.read { db in
            let numbers = Dictionary(
                uniqueKeysWithValues: try CompetitorRecord.all().fetchIndexedAll(db).map {
                    ($0.id, CompetitorNumber($0.number))
                })
            return try TimeRecord.order(TimeRecord.Columns.id).fetchIndexedAll(db).compactMap { time in
                numbers[time.competitorID].map {
                    TimeUsed(number: $0, round: RoundID(time.roundID), seconds: time.seconds)
                }
            }
        }
    }

    /// Counts, for the status overview.
    public func markCount() throws -> Int {
        try writer.read { db in try MarkRecord.fetchCount(db) }
    }
}
