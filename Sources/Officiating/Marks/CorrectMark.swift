import ScoreStore
public import StoreValues

/// The chief judge corrects one stored mark with a reason: the only way to change a locked mark.
public struct CorrectMark {
    public var mark: MarkInput
    public var chief: AuthorizeChief
    public var reason: String

    public init(mark: MarkInput, chief: AuthorizeChief, reason: String) {
        self.mark = mark
        self.chief = chief
        self.reason = reason
    }

    public func run(in venue: Venue, pin: PINReader) throws -> Correction {
        let chiefID = try chief.run(in: venue, pin: pin)
        return try venue.store.correctMark(mark.row, chief: chiefID, reason: reason)
    }
}
