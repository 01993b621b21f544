import GRDB
import ScoringCore

/// What must be settled before a round of a trade is locked: each source gives one readable
/// line per blocker. They run inside the lock's write transaction, so nothing slips in between.
enum LockBlockers {
    typealias Source = (_ trade: TradeID, _ round: RoundID, _ db: Database) throws -> [String]

    static var sources: [Source] {
        [ScoreDatabase.markBlockers, ScoreDatabase.doubleEntryBlockers, ScoreDatabase.recusalBlockers]
    }
}

extension ScoreDatabase {
    /// Missing (or extra) marks of the competitors admitted to the round, then the competitors
    /// flagged by max_spread whose marks the chief judge has not confirmed.
    static func markBlockers(trade: TradeID, round: RoundID, _ db: Database) throws -> [String] {
        let results = try tradeResults(trade, db)
        let missing = results.problems.filter { $0.round == round }.map(\.description)
        let review = SpreadReview(flags: results.flags, confirmations: try spreadConfirmations(db))
        let flagged = review.unconfirmed.filter { $0.round == round }.map {
            "\($0): not confirmed by the chief judge (`judge flags confirm`)"
        }
        return missing + flagged
    }
}
