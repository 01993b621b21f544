import ScoreStore
public import StoreValues

/// The chief judge settles a double-entry mark whose entries disagree, with the score sheet's value.
public struct ResolveDoubleEntry {
    public var mark: MarkInput
    public var chief: AuthorizeChief
    public var reason: String

    public init(mark: MarkInput, chief: AuthorizeChief, reason: String) {
        self.mark = mark
        self.chief = chief
        self.reason = reason
    }

    public func run(in venue: Venue, pin: PINReader) throws -> EnteredMark {
        let chiefID = try chief.run(in: venue, pin: pin)
        return try venue.store.resolveDoubleEntry(mark.row, chief: chiefID, reason: reason)
    }
}
