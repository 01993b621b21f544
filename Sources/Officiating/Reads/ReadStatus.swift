import ScoreStore
public import ScoringCore
public import StoreValues

/// Per trade and round: what is in, what is missing, flags, locks and publication; and the
/// double entries that do not count yet (never their values).
public struct ReadStatus {
    public var trade: TradeID?

    public init(trade: TradeID?) {
        self.trade = trade
    }

    public struct TradeStatus {
        public let results: TradeResults
        public let review: SpreadReview
        public let locks: [RoundLock]
        /// The latest published version, if any.
        public let latest: Publication?
    }

    public struct Status {
        public let competition: Competition
        public let trades: [TradeStatus]
        /// Nil when no round is entered twice.
        public let doubleEntries: [OpenDoubleEntry]?
    }

    public func run(in venue: Venue) throws -> Status {
        let store = venue.store
        let scored = try store.scoredCompetition(choosing: TradeChoice(trade).trades(of:))
        let locks = try store.roundLocks()
        let confirmations = try store.spreadConfirmations()
        let trades = try scored.trades.map { trade in
            TradeStatus(
                results: trade, review: SpreadReview(flags: trade.flags, confirmations: confirmations),
                locks: locks.filter { $0.trade == trade.trade.id },
                latest: try store.publications(of: trade.trade.id).last)
        }
        var doubleEntries: [OpenDoubleEntry]?
        if scored.competition.rounds.contains(where: \.doubleEntry) {
            let ids = Set(scored.trades.map(\.trade.id))
            doubleEntries = try store.openDoubleEntries().filter { ids.contains($0.trade) }
        }
        return Status(competition: scored.competition, trades: trades, doubleEntries: doubleEntries)
    }
}
