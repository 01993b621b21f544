import GRDB
import Messages
import ScoringCore
import StoreValues

/// What must be settled before a round of a trade is locked: each source gives one readable
/// line per blocker, in both languages. They run inside the lock's write transaction, so
/// nothing slips in between.
enum LockBlockers {
    typealias Source = (_ trade: TradeID, _ round: RoundID, _ db: Database) throws -> [Bilingual]

    static var sources: [Source] {
        [ScoreDatabase.markBlockers, ScoreDatabase.doubleEntryBlockers, ScoreDatabase.recusalBlockers]
    }
}

extension ScoreDatabase {
    /// Missing (or extra) marks of the competitors admitted to the round, then the competitors
    /// flagged by max_spread whose marks the chief judge has not confirmed.
    static func markBlockers(trade: TradeID, round: RoundID, _ db: Database) throws -> [Bilingual] {
        let results = try tradeResults(trade, db)
        let missing = results.problems.filter { $0.round == round }.map { problem in Bilingual { problem.text(in: $0) }
        }
        let review = SpreadReview(flags: results.flags, confirmations: try spreadConfirmations(db))
        let flagged = review.unconfirmed.filter { $0.round == round }.map { flag in
            Bilingual { Phrase.blockerFlag.text(in: $0, ["flag": flag.text(in: $0)]) }
        }
        return missing + flagged
    }
}
