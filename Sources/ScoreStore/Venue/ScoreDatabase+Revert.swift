import GRDB
public import ScoringCore

/// What `revertBatch` took back.
public struct RevertResult: Sendable {
    public let batch: Int64
    public let kind: String
    public let file: String?
    /// The batch that records the revert.
    public let revertBatch: Int64
    public var removed = 0
    public var restored = 0
}

extension ScoreDatabase {
    /// Takes back what one batch stored: the marks of an import or typed entry, the times of a
    /// time import, the competitors of a roster import. A value the batch replaced gets its old
    /// value back from the history; one it added is removed. One transaction, one audit record.
    ///
    /// Refused, changing nothing: an unknown batch, one reverted already, a batch of another
    /// kind (a correction, a double entry, a roster edit, a revert), any affected round locked,
    /// a value of the batch changed since by a later batch (revert that first), competitors of
    /// a roster batch who have marks, times or edits since.
    public func revertBatch(_ batch: Int64, reason: String, by actor: String) throws -> RevertResult {
        do {
            return try storeRevert(batch, reason: reason, by: actor)
        } catch let refusal as LockedRevertRefusal {
            // Like any write to a locked round, the attempt is recorded once the change rolled back.
            try recordRefusal(kind: "refusal.locked", actor: actor, summary: "score revert: \(refusal.refusal)")
            throw refusal.refusal
        }
    }

    private func storeRevert(_ batch: Int64, reason: String, by actor: String) throws -> RevertResult {
        try writer.write { db in
            let reason = try Self.requireReason(reason, for: "a revert")
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM entry_batch WHERE id = ?", arguments: [batch])
            else {
                throw VenueRefusal(
                    "--batch \(batch): no such batch; `judge audit log` shows each import's and entry's batch")
            }
            let kind: String = row["kind"]
            let what = Self.batchDescription(batch, row)
            let logged = Self.batchDescription(batch, row, withTime: false)
            if let done = try Row.fetchOne(db, sql: "SELECT * FROM batch_revert WHERE batch_id = ?", arguments: [batch])
            {
                throw VenueRefusal(
                    "--batch \(batch): \(what) was reverted already (batch \(done["revert_batch_id"] as Int64) by \(done["reverted_by"] as String) at \(LocalTime.text(stored: done["reverted_at"])))"
                )
            }
            guard ["marks", "enter", "times", "roster"].contains(kind) else {
                throw VenueRefusal("--batch \(batch): \(what) cannot be reverted: \(Self.notRevertable(kind))")
            }
            if try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM double_entry WHERE batch_id = ?)", arguments: [batch]) == true
            {
                throw VenueRefusal(
                    "--batch \(batch): \(what) holds double-entry (双人录入) entries, which are settled by another clerk's entry or the chief judge (`judge double-entry resolve`), not reverted"
                )
            }
            let revert = try Self.startBatch(kind: "revert", file: nil, clerk: actor, db)
            var result = RevertResult(batch: batch, kind: kind, file: row["file"], revertBatch: revert)
            var audit = AuditChanges()
            switch kind {
            case "roster": try Self.revertRoster(batch, what, &result, &audit, db)
            case "times": try Self.revertTimes(batch, revert, what, &result, &audit, db)
            default: try Self.revertMarks(batch, revert, what, &result, &audit, db)
            }
            let at = try String.fetchOne(db, sql: "SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now')") ?? ""
            try db.execute(
                sql: """
                    INSERT INTO batch_revert (batch_id, revert_batch_id, reason, reverted_by, reverted_at)
                    VALUES (?, ?, ?, ?, ?)
                    """, arguments: [batch, revert, reason, actor, at])
            let (fact, value) = RevertFacts.fact(batch: batch, revert: revert, reason: reason, by: actor, at: at)
            audit.set(fact, to: value)
            try Self.appendAudit(
                kind: "batch.revert", actor: actor,
                summary:
                    "score revert --batch \(batch) (\(logged)): \(result.removed) removed, \(result.restored) restored: \(reason)",
                changes: audit, batch: revert, db)
            return result
        }
    }

    /// `batch 7, score import marks.csv by 张三 at 2026-12-01 16:00:45`; without the time for
    /// text kept in the audit log, which must not depend on the zone it was written in.
    static func batchDescription(_ batch: Int64, _ row: Row, withTime: Bool = true) -> String {
        let kind: String = row["kind"]
        let source =
            switch kind {
            case "marks": "score import \(row["file"] as String? ?? "")"
            case "enter": "a typed mark (score enter)"
            case "times": "time import \(row["file"] as String? ?? "")"
            case "roster": "roster import \(row["file"] as String? ?? "")"
            default: kind
            }
        let time = withTime ? " at \(LocalTime.text(stored: row["started_at"]))" : ""
        return "batch \(batch), \(source) by \(row["clerk"] as String)\(time)"
    }

    private static func notRevertable(_ kind: String) -> String {
        switch kind {
        case "correct": "a correction is changed by another correction (`judge score correct`)"
        case "double-entry-resolve": "the chief judge's resolution is changed by a correction (`judge score correct`)"
        case "competitor-edit": "a roster edit is changed by another edit (`judge competitors edit`)"
        case "revert": "a revert is not reverted: import the file again"
        default: "only imports and typed marks are reverted"
        }
    }

    /// Refuses when a locked round holds any of `keys` (trade, round).
    private static func refuseLocked(_ keys: [Row], _ what: String, _ db: Database) throws {
        for key in keys {
            guard let lock = try lock(TradeID(key["trade_id"]), RoundID(key["round_id"]), db) else { continue }
            throw LockedRevertRefusal(
                refusal: VenueRefusal(
                    "\(what) cannot be reverted: \(lock.description); the chief judge unlocks it first (`judge unlock`), or changes single marks with `judge score correct`"
                ))
        }
    }

    private static func revertMarks(
        _ batch: Int64, _ revert: Int64, _ what: String, _ result: inout RevertResult, _ audit: inout AuditChanges,
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
            throw VenueRefusal(
                "\(what) cannot be reverted: its mark \(Self.markName(later)) was changed since by batch \(later["batch_id"] as Int64); revert that batch first"
            )
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
            if let old: Int64 = mark["old_value_h"] {
                // The trigger keeps the reverted value in the history; it was replaced by the revert.
                try db.execute(
                    sql: "UPDATE mark SET value_h = ?, batch_id = ?, line = ? WHERE \(keyMatch)",
                    arguments: [old, mark["old_batch_id"] as Int64, mark["old_line"] as Int64] + key)
                try db.execute(
                    sql: """
                        UPDATE mark_history SET new_batch_id = ?
                        WHERE id = (SELECT max(id) FROM mark_history WHERE \(keyMatch))
                        """, arguments: [revert] + key)
                audit.setMark(
                    number: mark["number"], round: mark["round_id"], judge: mark["judge_id"],
                    criterion: mark["criterion_id"], hundredths: old)
                result.restored += 1
            } else {
                // The mark goes, and with it its history (which refers to it); the audit log keeps both.
                try db.execute(sql: "DELETE FROM mark_history WHERE \(keyMatch)", arguments: key)
                try db.execute(sql: "DELETE FROM mark WHERE \(keyMatch)", arguments: key)
                audit.remove(
                    AuditFact("mark", mark["number"], mark["round_id"], mark["judge_id"], mark["criterion_id"]))
                result.removed += 1
            }
        }
    }

    private static func markName(_ row: Row) -> String {
        let criterion: String = row["criterion_id"]
        return
            "competitor \(row["number"] as String), round \(row["round_id"] as String), judge \(row["judge_id"] as String)"
            + (criterion.isEmpty ? "" : ", criterion \(criterion)")
    }

    private static func revertTimes(
        _ batch: Int64, _ revert: Int64, _ what: String, _ result: inout RevertResult, _ audit: inout AuditChanges,
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
            throw VenueRefusal(
                "\(what) cannot be reverted: its time of competitor \(later["number"] as String), round \(later["round_id"] as String) was changed since by batch \(later["batch_id"] as Int64); revert that batch first"
            )
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
                        UPDATE time_history SET new_batch_id = ?
                        WHERE id = (SELECT max(id) FROM time_history WHERE time_id = ?)
                        """, arguments: [revert, id])
                audit.set(fact, to: String(old))
                result.restored += 1
            } else {
                try db.execute(sql: "DELETE FROM time_history WHERE time_id = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM time_used WHERE id = ?", arguments: [id])
                audit.remove(fact)
                result.removed += 1
            }
        }
    }

    private static func revertRoster(
        _ batch: Int64, _ what: String, _ result: inout RevertResult, _ audit: inout AuditChanges, _ db: Database
    ) throws {
        // A competitor with anything recorded against them stays: their marks would lose their owner.
        if let held = try Row.fetchOne(
            db,
            sql: """
                SELECT c.number,
                    EXISTS (SELECT 1 FROM mark WHERE competitor_id = c.id)
                    OR EXISTS (SELECT 1 FROM double_entry WHERE competitor_id = c.id) AS marks,
                    EXISTS (SELECT 1 FROM time_used WHERE competitor_id = c.id) AS times,
                    EXISTS (SELECT 1 FROM competitor_change WHERE competitor_id = c.id) AS edits,
                    EXISTS (SELECT 1 FROM recusal_allowance WHERE competitor_id = c.id)
                    OR EXISTS (SELECT 1 FROM spread_confirmation WHERE competitor_id = c.id)
                    OR EXISTS (SELECT 1 FROM appeal WHERE number = c.number) AS other
                FROM competitor c WHERE c.batch_id = ? AND (marks OR times OR edits OR other)
                ORDER BY c.id LIMIT 1
                """, arguments: [batch])
        {
            let kinds = [
                ("marks", "marks"), ("times", "times"), ("edits", "roster edits"),
                ("other", "allowances, confirmations or appeals"),
            ]
            .filter { held[$0.0] as Bool }.map(\.1)
            throw VenueRefusal(
                "\(what) cannot be reverted: competitor \(held["number"] as String) has \(kinds.joined(separator: " and ")) since; "
                    + "revert those first, or change the competitor with `judge competitors edit` (e.g. --status withdrawn)"
            )
        }
        let numbers = try String.fetchAll(
            db, sql: "SELECT number FROM competitor WHERE batch_id = ? ORDER BY id", arguments: [batch])
        try db.execute(sql: "DELETE FROM competitor WHERE batch_id = ?", arguments: [batch])
        for number in numbers { audit.remove(CompetitorFacts.fact(number: number)) }
        result.removed = numbers.count
    }
}

/// A revert refused because a round it touches is locked: recorded in the audit log.
private struct LockedRevertRefusal: Error {
    let refusal: VenueRefusal
}

/// Each revert, so a revert record deleted or edited in the file is found by `audit verify`.
enum RevertFacts: AuditFactSource {
    static func fact(batch: Int64, revert: Int64, reason: String, by: String, at: String) -> (AuditFact, String) {
        (
            AuditFact("revert", String(batch)),
            [String(revert), reason, by, at].map(AuditText.escaped).joined(separator: "\t")
        )
    }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM batch_revert ORDER BY batch_id")
        while let row = try rows.next() {
            let (fact, value) = fact(
                batch: row["batch_id"], revert: row["revert_batch_id"], reason: row["reason"], by: row["reverted_by"],
                at: row["reverted_at"])
            try emit(fact, value)
        }
    }
}
