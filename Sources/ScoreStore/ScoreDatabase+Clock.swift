public import Foundation

extension ScoreDatabase {
    /// What the store's one clock reads: for the times a use case records through the store
    /// (a publication, an appeal) and prints, so they agree with what the store stamps.
    public func now() -> Date { clock.now() }
}
