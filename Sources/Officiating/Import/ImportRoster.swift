import ResultSheets
import ScoreStore
public import StoreValues

/// A clerk adds competitors from a CSV file, all or nothing (CLI.md "Roster").
public struct ImportRoster {
    public var file: String
    public var clerk: IdentifyClerk

    public init(file: String, clerk: IdentifyClerk) {
        self.file = file
        self.clerk = clerk
    }

    public func run(in venue: Venue, pin: PINReader, progress: @escaping ImportProgress = { _ in }) throws
        -> Imported<ImportSummary>
    {
        let who = try clerk.run(in: venue, pin: pin)
        return try CSVImport.roster(
            file, into: venue.store, clerk: who.name, authenticated: who.authenticated, progress: progress)
    }
}
