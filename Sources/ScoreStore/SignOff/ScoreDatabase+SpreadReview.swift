import GRDB
import Messages
public import ScoringCore
public import StoreValues

extension ScoreDatabase {
    /// Every confirmation stored, for `judge status`.
    public func spreadConfirmations() throws -> [SpreadConfirmation] {
        try writer.read { db in try Self.spreadConfirmations(db) }
    }

    static func spreadConfirmations(_ db: Database) throws -> [SpreadConfirmation] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT c.number, s.round_id, s.marks, s.reason, s.chief, s.confirmed_at
                FROM spread_confirmation s JOIN competitor c ON c.id = s.competitor_id
                """
        ).map(SpreadConfirmation.init)
    }

    /// The chief judge confirms a flagged competitor's marks with a reason. The confirmation
    /// holds for these marks only: when one changes, the flag returns.
    public func confirmSpread(number: CompetitorNumber, round: RoundID, chief: JudgeID, reason: String) throws
        -> SpreadFlag
    {
        try writer.write { db in
            let reason = try Self.requireReason(reason)
            guard
                let competitor = try Row.fetchOne(
                    db, sql: "SELECT id, trade_id FROM competitor WHERE number = ?", arguments: [number.rawValue])
            else { throw Refusal.unknownCompetitor(number.rawValue) }
            let trade = TradeID(competitor["trade_id"])
            try Self.checkTradeAndRound(trade, round, db)
            guard
                let flag = try Self.tradeResults(trade, db).flags.first(where: {
                    $0.number == number && $0.round == round
                })
            else { throw Refusal.flag(.notFlagged, number: number, round: round) }
            if flag.judgeMarks.contains(where: { $0.judge == chief }) {
                throw Refusal(
                    .ownFlag, ["number": number.rawValue, "round": round.rawValue, "chief": chief.rawValue])
            }
            try Self.refuseIfFinal(trade: trade, doing: .confirmFlag, db)
            if try Self.spreadConfirmations(db).contains(where: { $0.confirms(flag) }) {
                throw Refusal.flag(.alreadyConfirmed, number: number, round: round)
            }
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO spread_confirmation (competitor_id, round_id, marks, reason, chief, confirmed_at)
                    VALUES (?, ?, ?, ?, ?, judge_now_s())
                    """,
                arguments: [competitor["id"], round.rawValue, flag.marksConfirmed, reason, chief.rawValue])
            let confirmation = try Self.spreadConfirmations(db).first { $0.confirms(flag) }!
            var changes = AuditChanges()
            changes.set(SpreadConfirmationFacts.fact(number, round), to: SpreadConfirmationFacts.value(confirmation))
            try Self.appendAudit(
                kind: "flag.confirm", actor: chief.rawValue, summary: "judge flags confirm: \(flag): \(reason)",
                changes: changes, db)
            return flag
        }
    }
}
