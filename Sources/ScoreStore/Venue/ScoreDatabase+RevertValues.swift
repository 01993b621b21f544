import GRDB
import Messages
import ScoringCore
import StoreValues

/// Reverting a batch of marks or times: added values go, replaced ones come back from the history.
extension ScoreDatabase {
    static func revertMarks(
        _ batch: Int64, _ revert: Int64, _ what: [String: String], _ result: inout RevertResult,
        _ audit: inout AuditChanges,
        _ db: Database
    ) throws {
        try refuseLocked(
            try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT c.trade_id, m.round_id FROM mark m JOIN competitor c ON c.id = m.competitor_id
                    WHERE m.batch_id = ?
                    UNION
                    SELECT DISTINCT c.trade_id, h.round_id FROM mark_history h JOIN competitor c ON c.id = h.competitor_id
                    WHERE h.old_batch_id = ?
                    """, arguments: [batch, batch]), what, db)
        // A value of this batch replaced since (by an import, an entry or a correction) is not ours to take back.
        if let later = try Row.fetchOne(
            db,
            sql: """
                SELECT c.number, h.round_id, h.judge_id, h.criterion_id, m.batch_id
                FROM mark_history h JOIN mark m USING (competitor_id, round_id, judge_id, criterion_id)
                JOIN competitor c ON c.id = h.competitor_id
                WHERE h.old_batch_id = ? AND m.batch_id <> ?
                LIMIT 1
                """, arguments: [batch, batch])
        {
            throw Refusal(
                .revertMarkChanged,
                what.merging(
                    Refusal.mark(
                        number: later["number"], round: later["round_id"], judge: later["judge_id"],
                        criterion: later["criterion_id"])
                ) { $1 }.merging(["later": String(later["batch_id"] as Int64)]) { $1 })
        }
        let marks = try Row.fetchAll(
            db,
            sql: """
                SELECT c.number, m.competitor_id, m.round_id, m.judge_id, m.criterion_id,
                       h.old_value_h, h.old_batch_id, h.old_line
                FROM mark m JOIN competitor c ON c.id = m.competitor_id
                LEFT JOIN mark_history h ON h.new_batch_id = m.batch_id AND h.competitor_id = m.competitor_id
                    AND h.round_id = m.round_id AND h.judge_id = m.judge_id AND h.criterion_id = m.criterion_id
                WHERE m.batch_id = ?
                """, arguments: [batch])
        for mark in marks {
            let key: StatementArguments = [
                mark["competitor_id"] as Int64, mark["round_id"] as String, mark["judge_id"] as String,
                mark["criterion_id"] as String,
            ]
            let keyMatch = "competitor_id = ? AND round_id = ? AND judge_id = ? AND criterion_id = ?"
            let record = MarkRecord.Key(
                competitorID: mark["competitor_id"], roundID: mark["round_id"], judgeID: mark["judge_id"],
                criterionID: mark["criterion_id"])
            if let old: Int64 = mark["old_value_h"] {
                // The trigger keeps the reverted value in the history; it was replaced by the revert.
                try MarkWriter.change(
                    record, to: old, batch: mark["old_batch_id"], line: mark["old_line"], db)
                try db.execute(
                    sql: """
                        UPDATE mark_history SET new_batch_id = ?1,
                            replaced_at = (SELECT started_at FROM entry_batch WHERE id = ?1)
                        WHERE id = (SELECT max(id) FROM mark_history WHERE \(keyMatch))
                        """, arguments: [revert] + key)
                audit.setMark(
                    number: mark["number"], round: mark["round_id"], judge: mark["judge_id"],
                    criterion: mark["criterion_id"], hundredths: old)
                result.restored += 1
            } else {
                // The mark goes; its history stays, as every history row does (an audit fact).
                try MarkWriter.remove(record, db)
                audit.remove(
                    MarkFacts.fact(
                        number: mark["number"], round: mark["round_id"], judge: mark["judge_id"],
                        criterion: mark["criterion_id"]))
                result.removed += 1
            }
        }
    }

    static func revertTimes(
        _ batch: Int64, _ revert: Int64, _ what: [String: String], _ result: inout RevertResult,
        _ audit: inout AuditChanges,
        _ db: Database
    ) throws {
        try refuseLocked(
            try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT c.trade_id, t.round_id FROM time_used t JOIN competitor c ON c.id = t.competitor_id
                    WHERE t.batch_id = ? OR t.id IN (SELECT time_id FROM time_history WHERE old_batch_id = ?)
                    """, arguments: [batch, batch]), what, db)
        if let later = try Row.fetchOne(
            db,
            sql: """
                SELECT c.number, t.round_id, t.batch_id FROM time_history h JOIN time_used t ON t.id = h.time_id
                JOIN competitor c ON c.id = t.competitor_id
                WHERE h.old_batch_id = ? AND t.batch_id <> ? LIMIT 1
                """, arguments: [batch, batch])
        {
            throw Refusal(
                .revertTimeChanged,
                what.merging([
                    "number": later["number"], "round": later["round_id"], "later": String(later["batch_id"] as Int64),
                ]) { $1 })
        }
        let times = try Row.fetchAll(
            db,
            sql: """
                SELECT c.number, t.id, t.round_id, h.old_seconds, h.old_batch_id, h.old_line
                FROM time_used t JOIN competitor c ON c.id = t.competitor_id
                LEFT JOIN time_history h ON h.time_id = t.id AND h.new_batch_id = t.batch_id
                WHERE t.batch_id = ?
                """, arguments: [batch])
        for time in times {
            let id: Int64 = time["id"]
            let fact = TimeFacts.fact(number: time["number"], round: time["round_id"])
            if let old: Int64 = time["old_seconds"] {
                try db.execute(
                    sql: "UPDATE time_used SET seconds = ?, batch_id = ?, line = ? WHERE id = ?",
                    arguments: [old, time["old_batch_id"] as Int64, time["old_line"] as Int64, id])
                try db.execute(
                    sql: """
                        UPDATE time_history SET new_batch_id = ?1,
                            replaced_at = (SELECT started_at FROM entry_batch WHERE id = ?1)
                        WHERE id = (SELECT max(id) FROM time_history WHERE time_id = ?2)
                        """, arguments: [revert, id])
                audit.set(fact, to: String(old))
                result.restored += 1
            } else {
                try db.execute(sql: "DELETE FROM time_used WHERE id = ?", arguments: [id])
                audit.remove(fact)
                result.removed += 1
            }
        }
    }
}
