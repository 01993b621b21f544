import CompetitionConfig
public import Foundation
import ScoreStore
public import ScoringCore

/// The demo's database for one bundled competition: built fresh at `database` from its
/// competition file and seeds (roster, marks, times), then opened for reading.
public struct StageDemo {
    public var config: URL
    public var seeds: URL
    public var database: String

    public init(config: URL, seeds: URL, database: String) {
        self.config = config
        self.seeds = seeds
        self.database = database
    }

    /// The competition a bundled file defines, to know its seeds' folder before staging.
    public static func competition(at config: URL) throws -> Competition {
        try CompetitionFile.load(path: config.path)
    }

    public func run() throws -> (competition: Competition, venue: Venue) {
        let competition = try CompetitionFile.load(path: config.path)
        try DatabaseFile.create(at: database, replacing: true) { store in
            try store.saveCompetition(competition, by: "judge demo")
            let clerk = "demo"
            _ = try CSVImport.roster(seeds.appendingPathComponent("roster.csv").path, into: store, clerk: clerk)
            _ = try CSVImport.marks(
                seeds.appendingPathComponent("marks.csv").path, into: store, clerk: clerk, replace: false)
            let times = seeds.appendingPathComponent("times.csv").path
            if FileManager.default.fileExists(atPath: times) {
                _ = try CSVImport.times(times, into: store, clerk: clerk, replace: false)
            }
        }
        return (competition, try Venue.openForReading(database))
    }
}
