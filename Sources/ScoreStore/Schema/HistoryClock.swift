import GRDB

/// Migration "history-clock": a replaced mark or time is stamped by the store's clock. The
/// history triggers of "schema" stamped `replaced_at` with SQLite's own clock (the column's
/// default), so a fixed `StoreClock` dated everything but the history. They now take the time
/// the replacing batch began, which `startBatch` stamps from the store's clock in the same
/// transaction. A batch the row does not name (an edit made outside judge) keeps SQLite's clock.
enum HistoryClock {
    @Sendable static func migrate(_ db: Database, _: Set<String>) throws {
        try db.execute(sql: sql)
    }

    /// When the replacing batch began.
    private static let replacedAt = """
        coalesce((SELECT started_at FROM entry_batch WHERE id = NEW.batch_id), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        """

    static let sql = """
        DROP TRIGGER mark_keeps_history;
        CREATE TRIGGER mark_keeps_history AFTER UPDATE ON mark
        BEGIN
            INSERT INTO mark_history (
                competitor_id, round_id, judge_id, criterion_id, old_value_h, old_batch_id, old_line, new_batch_id,
                replaced_at)
            VALUES (
                OLD.competitor_id, OLD.round_id, OLD.judge_id, OLD.criterion_id, OLD.value_h, OLD.batch_id,
                OLD.line, NEW.batch_id, \(replacedAt));
        END;
        DROP TRIGGER time_keeps_history;
        CREATE TRIGGER time_keeps_history AFTER UPDATE ON time_used
        BEGIN
            INSERT INTO time_history (time_id, old_seconds, old_batch_id, old_line, new_batch_id, replaced_at)
            VALUES (OLD.id, OLD.seconds, OLD.batch_id, OLD.line, NEW.batch_id, \(replacedAt));
        END;
        """
}
