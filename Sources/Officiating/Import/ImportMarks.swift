import ResultSheets
import ScoreStore
public import StoreValues

/// A clerk adds judges' marks from a CSV file, all or nothing (CLI.md "Marks").
public struct ImportMarks {
    public var file: String
    public var clerk: IdentifyClerk
    /// Replace marks already stored; the old values are kept in the history.
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
        return try CSVImport.marks(
            file, into: venue.store, clerk: who.name, replace: replace, authenticated: who.authenticated,
            progress: progress)
    }
}
