import ScoreStore
public import ScoringCore

/// The chief judge makes a trade's latest version final, once its notice period is over, no
/// appeal is open and the sheet is still what that version published.
public struct MakeResultsFinal {
    public var trade: TradeID
    public var chief: JudgeID

    public init(trade: TradeID, chief: JudgeID) {
        self.trade = trade
        self.chief = chief
    }

    public struct Outcome {
        public let trade: Trade
        public let version: Int
        public let sha256: String
        /// `record:hash` of the final record itself: a log cut back to before it would pass the
        /// publication's own pin, which predates it.
        public let auditPin: String?
    }

    public func run(in venue: Venue, pin: PINReader) throws -> Outcome {
        let store = venue.store
        let action = "judge results publish --final"
        let chiefID = try AuthorizeChief(chief: chief, action: "judge results publish").run(in: venue, pin: pin)
        let signedOff = try SignedOffTrade(trade, in: store, action: action)
        // The version the sheet as it is now was published as; none when it differs from every one.
        let latest = signedOff.publications.last
        let version = latest.flatMap { $0.sheetSHA256 == signedOff.digest ? $0.version : nil }
        try store.recordFinal(
            trade: signedOff.trade.id, version: version, at: venue.now(), by: chiefID,
            verified: signedOff.verified)
        let head = try store.auditHead().map { "\($0.record):\($0.hash)" }
        // Recorded, so `version` was the latest one: the store refuses any other, and none.
        return Outcome(trade: signedOff.trade, version: version!, sha256: signedOff.digest, auditPin: head)
    }
}
