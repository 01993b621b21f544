public import Officiating
public import ScoreStore

/// What every route shares: the one store (a pool) of the process, its use cases and the
/// board's broadcaster.
public struct ServiceState: Sendable {
    public let store: ScoreDatabase
    public let feed: BoardFeed
    public let signIn: WebSignIn
    public let marks: JudgeMarkEntry

    public init(store: ScoreDatabase, feed: BoardFeed = BoardFeed()) {
        self.store = store
        self.feed = feed
        signIn = WebSignIn(store: store)
        marks = JudgeMarkEntry(store: store)
    }
}
