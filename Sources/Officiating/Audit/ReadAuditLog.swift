import ScoreStore
public import ScoringCore
public import StoreValues

/// The history, oldest first; with a number, every change to that competitor's records.
public struct ReadAuditLog {
    public var number: CompetitorNumber?
    public var withChanges: Bool

    public init(number: CompetitorNumber?, withChanges: Bool) {
        self.number = number
        self.withChanges = withChanges
    }

    public func run(in venue: Venue) throws -> [AuditEntry] {
        try venue.store.auditEntries(number: number, withChanges: withChanges)
    }
}
