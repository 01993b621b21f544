import CompetitionConfig
import Foundation
import Officiating
import ScoreStore

/// A fresh in-memory database holding `Fixtures/venue`'s competition (C1 is the chief judge)
/// and its roster, as the use cases see it.
enum VenueFixture {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/venue")

    static func venue(clock: StoreClock = .system) throws -> Venue {
        let store = try ScoreDatabase(path: nil, clock: clock)
        try store.saveCompetition(
            try CompetitionFile.load(path: root.appendingPathComponent("competition.yaml").path), by: "test")
        let venue = Venue(store: store, path: ":memory:")
        _ = try ImportRoster(
            file: root.appendingPathComponent("roster.csv").path,
            clerk: IdentifyClerk(clerk: nil, fallback: "test", purpose: "roster import")
        ).run(in: venue, pin: { _ in nil })
        return venue
    }

    /// A door that has no PIN to give.
    static func noPIN(_ credential: Credential) -> String? { nil }
}
