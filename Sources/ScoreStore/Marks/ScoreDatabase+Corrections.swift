import GRDB
import Messages
public import ScoringCore
public import StoreValues

extension ScoreDatabase {
    /// The chief judge changes one stored mark, locked round or not, with a reason. The old
    /// value stays in `mark_history`, the reason in `mark_correction`. `chief` must be
    /// authenticated as the chief judge by the caller.
    /// A panel or recusal refusal is recorded, as for any other entry.
    public func correctMark(_ row: MarkRow, chief: JudgeID, reason: String) throws -> Correction {
        try recordingRefusals(actor: chief.rawValue) { try storeCorrection(row, chief: chief, reason: reason) }
    }

    private func storeCorrection(_ row: MarkRow, chief: JudgeID, reason: String) throws -> Correction {
        try writer.write { db in
            let reason = try Self.requireReason(reason)
            var validator = try EntryValidator(db, rows: 1)
            let mark = try validator.mark(row)
            let key = MarkKey(mark, number: row.number.trimmingSpaces)
            let what = key.what
            guard
                let stored = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT m.value_h, c.trade_id FROM mark m JOIN competitor c ON c.id = m.competitor_id
                        WHERE m.competitor_id = ? AND m.round_id = ? AND m.judge_id = ? AND m.criterion_id = ?
                        """,
                    arguments: key.arguments)
            else { throw Refusal(.noSuchMark, key.values) }
            try Self.refuseIfFinal(trade: TradeID(stored["trade_id"]), doing: .correctMark, db)
            let old = Points(hundredths: stored["value_h"])
            guard old != mark.value else { throw Refusal(.markUnchanged, key.values) }
            let batch = try Self.startBatch(kind: "correct", file: nil, clerk: chief.rawValue, db)
            // The update trigger keeps the old value in mark_history.
            try MarkWriter.change(key.record, to: mark.value.hundredths, batch: batch, line: 0, db)
            try db.execute(
                sql: """
                    INSERT INTO mark_correction (batch_id, competitor_id, round_id, judge_id, criterion_id, reason, chief)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [batch] + key.arguments + [reason, chief.rawValue])
            let number = CompetitorNumber(row.number.trimmingSpaces)
            var changes = AuditChanges()
            changes.setMark(
                number: key.number, round: key.round, judge: key.judge, criterion: key.criterion,
                hundredths: mark.value.hundredths)
            changes.set(
                CorrectionFacts.fact(batch: batch),
                to: CorrectionFacts.value(mark: key.markFact, chief: chief.rawValue, reason: reason))
            try Self.appendAudit(
                kind: "mark.correct", actor: chief.rawValue,
                summary: "judge score correct: \(what): \(mark.value) (was \(old)): \(reason)", changes: changes,
                batch: batch, db)
            let trade = TradeID(stored["trade_id"])
            return Correction(
                number: number, competitorName: mark.entrant.name, round: mark.round, judge: mark.judge,
                criterion: mark.criterion, old: old, new: mark.value, lock: try Self.lock(trade, mark.round.id, db),
                flag: try Self.tradeResults(trade, db).flags.first { $0.number == number && $0.round == mark.round.id })
        }
    }
}
