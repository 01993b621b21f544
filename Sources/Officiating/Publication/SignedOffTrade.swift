import Messages
import ResultSheets
import ScoreStore
import ScoringCore
import StoreValues

/// A trade as it may be published: every round locked, the audit log intact, every mark in and
/// every max_spread flag confirmed. Read once, for both a new version and a final one.
struct SignedOffTrade {
    let trade: Trade
    let competition: Competition
    let results: TradeResults
    let marks: [CompetitorNumber: [Mark]]
    /// The audit chain's last record before this publication (`record:hash`).
    let auditPin: String?
    /// The same record, for the store to see that nothing was written since it was verified.
    let verified: AuditPin?
    let publications: [Publication]
    let digest: String

    init(_ tradeID: TradeID, in store: ScoreDatabase, action: String) throws {
        let trade = try TradeChoice(tradeID).trades(of: store.competition())[0]
        // The cheap refusal first: scoring reads every mark of the trade.
        let locked = try store.lockedRounds(of: trade.id)
        let unlocked = try store.competition().rounds.filter { !locked.contains($0.id) }
        guard unlocked.isEmpty else {
            throw Refusal(
                .roundsNotLocked,
                [
                    "trade": "\(trade.name) (\(trade.id))", "id": trade.id.rawValue,
                    "rounds": unlocked.map { "\($0.name) (\($0.id))" }.joined(separator: ", "),
                ])
        }
        // Nothing is signed off from a database that fails `judge audit verify`.
        let verification = try store.requireIntactAudit(for: action)
        auditPin = verification.pin
        verified = verification.head
        // Only this trade's marks are read: a national competition holds millions.
        let scored = try store.scoredTradeWithMarks(trade.id)
        guard scored.results.isFinal else {
            throw Refusal(
                .marksMissingToPublish,
                [
                    "problems": MissingMarks.lines([scored.results], in: .en),
                    "problems.zh": MissingMarks.lines([scored.results], in: .zh),
                ])
        }
        let review = SpreadReview(flags: scored.results.flags, confirmations: try store.spreadConfirmations())
        if !review.unconfirmed.isEmpty {
            throw Refusal(
                .flagsNotConfirmed,
                [
                    "trade": "\(trade.name) (\(trade.id))", "count": String(review.unconfirmed.count),
                    "flags": review.unconfirmed.map { "  \($0)" }.joined(separator: "\n"),
                ])
        }
        self.trade = trade
        competition = scored.competition
        results = scored.results
        marks = scored.marks
        publications = try store.publications(of: trade.id)
        digest = SHA256Manifest.digest(PublicationBundle.sheet(results, of: competition))
    }
}
