public import Foundation
package import ScoreStore
public import ScoringCore

/// A competition's database as the use cases reach it. The doors (the CLI, the service) open
/// one and hand it to each use case; they never see the store behind it.
public final class Venue: Sendable {
    let store: ScoreDatabase
    /// Where the database is, for messages and for the use cases that replace or copy the file.
    public let path: String
    /// The judge whose PIN the door already checked (the service's sign-in): their own acts ask
    /// for no PIN again, as a session stands for the PIN it was opened with.
    public let signedIn: JudgeID?

    /// Opens the database at `path` for reading and writing; refuses a path without one.
    public static func open(_ path: String) throws -> Venue {
        let store = try ScoreDatabase(path: path)
        PrivateDatabaseFile.keep(path)
        return Venue(store: store, path: path)
    }

    /// For reads: the database file cannot change under them.
    public static func openForReading(_ path: String) throws -> Venue {
        let store = try ScoreDatabase(path: path, readOnly: true)
        PrivateDatabaseFile.keep(path)
        return Venue(store: store, path: path)
    }

    /// A database already open: `open…` above, and tests that build a store first. Package
    /// scope: no door holds a `ScoreDatabase` to pass.
    package init(store: ScoreDatabase, path: String, signedIn: JudgeID? = nil) {
        self.store = store
        self.path = path
        self.signedIn = signedIn
    }

    /// The same database for a judge whose session the door checked.
    public func signedIn(as judge: JudgeID) -> Venue {
        Venue(store: store, path: path, signedIn: judge)
    }

    /// The store's clock, to the second: the time of what a use case dates itself (a
    /// publication, its notice period, an appeal, a ruling) and of what a door prints with an
    /// act (PIN slips). One clock, so a store opened on a fixed one dates all of it.
    public func now() -> Date {
        Date(timeIntervalSince1970: store.now().timeIntervalSince1970.rounded(.down))
    }

    /// Ends use of the database, folding the write-ahead log into the file.
    public func close() throws {
        try store.close()
    }
}
