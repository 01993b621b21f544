import ResultSheets
import ScoreStore
public import StoreValues

/// A clerk records times used from a CSV file, all or nothing (CLI.md "Times used").
public struct ImportTimes {
    public var file: String
    public var clerk: IdentifyClerk
    public var replace: Bool

    public init(file: String, clerk: IdentifyClerk, replace: Bool) {
        self.file = file
        self.clerk = clerk
        self.replace = replace
    }

    public func run(in venue: Venue, pin: PINReader, progress: @escaping ImportProgress = { _ in }) throws
        -> Imported<ImportSummary>
    {
        let who = try clerk.run(in: venue, pin: pin)
        return try CSVImport.times(
            file, into: venue.store, clerk: who.name, replace: replace, authenticated: who.authenticated,
            progress: progress)
    }
}
