import ScoreStore
public import StoreValues

/// A clerk undoes one import or typed batch, with a reason; where the competition declares its
/// clerks, an undo needs a clerk's PIN, as the import did.
public struct RevertBatch {
    public var batch: Int64
    public var reason: String
    public var clerk: IdentifyClerk

    public init(batch: Int64, reason: String, clerk: IdentifyClerk) {
        self.batch = batch
        self.reason = reason
        self.clerk = clerk
    }

    public func run(in venue: Venue, pin: PINReader) throws -> RevertResult {
        let who = try clerk.run(in: venue, pin: pin)
        return try venue.store.revertBatch(batch, reason: reason, by: who.name)
    }
}
