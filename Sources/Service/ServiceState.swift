public import Officiating

/// What every route shares: the competition's database (one pool for the process), reached only
/// through Officiating's use cases, those use cases, and the board's broadcaster.
public struct ServiceState: Sendable {
    /// Named `store` as the routes call it; it is the use cases' `Venue`, not the store itself.
    public let store: Venue
    public let feed: BoardFeed
    public let signIn: WebSignIn
    public let marks: JudgeMarkEntry

    public init(venue: Venue, feed: BoardFeed = BoardFeed()) {
        store = venue
        self.feed = feed
        signIn = WebSignIn(venue: venue)
        marks = JudgeMarkEntry(venue: venue)
    }
}
