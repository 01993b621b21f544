import ScoreStore
public import ScoringCore
public import StoreValues

/// The chief judge rules on an open appeal; also after the notice period.
public struct ResolveAppeal {
    public var id: Int64
    public var ruling: String
    public var chief: JudgeID

    public init(id: Int64, ruling: String, chief: JudgeID) {
        self.id = id
        self.ruling = ruling
        self.chief = chief
    }

    public func run(in venue: Venue, pin: PINReader) throws -> (chief: JudgeID, appeal: Appeal) {
        let chiefID = try AuthorizeChief(chief: chief, action: "judge appeal resolve").run(in: venue, pin: pin)
        return (chiefID, try venue.store.resolveAppeal(id: id, ruling: ruling, by: chiefID, at: venue.now()))
    }
}
