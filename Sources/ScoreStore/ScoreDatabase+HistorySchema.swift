/// History outlives what it describes. A revert removes a mark or time a batch added; its
/// history rows are audit facts (`AuditRowFacts`) that never change, so they stay. The tables
/// lose their reference to the live row and take AUTOINCREMENT, so an id is never given twice
/// (a reused id would slip past the audit cover's high-water mark); so does `time_used`, whose
/// id a time's history names.
let schemaV9HistoryOutlivesReverts = """
    DROP TRIGGER mark_keeps_history;
    DROP TRIGGER time_keeps_history;
    CREATE TABLE mark_history_kept (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        competitor_id INTEGER NOT NULL REFERENCES competitor(id),
        round_id TEXT NOT NULL,
        judge_id TEXT NOT NULL,
        criterion_id TEXT NOT NULL,
        old_value_h INTEGER NOT NULL,
        old_batch_id INTEGER NOT NULL REFERENCES entry_batch(id),
        old_line INTEGER NOT NULL,
        new_batch_id INTEGER NOT NULL REFERENCES entry_batch(id),
        replaced_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    INSERT INTO mark_history_kept
        SELECT id, competitor_id, round_id, judge_id, criterion_id, old_value_h, old_batch_id, old_line,
               new_batch_id, replaced_at
        FROM mark_history;
    DROP TABLE mark_history;
    ALTER TABLE mark_history_kept RENAME TO mark_history;
    CREATE TABLE time_history_kept (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        time_id INTEGER NOT NULL,
        old_seconds INTEGER NOT NULL,
        old_batch_id INTEGER NOT NULL REFERENCES entry_batch(id),
        old_line INTEGER NOT NULL,
        new_batch_id INTEGER NOT NULL REFERENCES entry_batch(id),
        replaced_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    INSERT INTO time_history_kept
        SELECT id, time_id, old_seconds, old_batch_id, old_line, new_batch_id, replaced_at FROM time_history;
    DROP TABLE time_history;
    ALTER TABLE time_history_kept RENAME TO time_history;
    CREATE TABLE time_used_kept (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        competitor_id INTEGER NOT NULL REFERENCES competitor(id),
        round_id TEXT NOT NULL REFERENCES round(id),
        seconds INTEGER NOT NULL CHECK (seconds >= 0),
        batch_id INTEGER NOT NULL REFERENCES entry_batch(id),
        line INTEGER NOT NULL,
        UNIQUE (competitor_id, round_id)
    );
    INSERT INTO time_used_kept SELECT id, competitor_id, round_id, seconds, batch_id, line FROM time_used;
    DROP TABLE time_used;
    ALTER TABLE time_used_kept RENAME TO time_used;
    CREATE TRIGGER mark_keeps_history AFTER UPDATE ON mark
    BEGIN
        INSERT INTO mark_history (
            competitor_id, round_id, judge_id, criterion_id, old_value_h, old_batch_id, old_line, new_batch_id)
        VALUES (
            OLD.competitor_id, OLD.round_id, OLD.judge_id, OLD.criterion_id, OLD.value_h, OLD.batch_id,
            OLD.line, NEW.batch_id);
    END;
    CREATE TRIGGER time_keeps_history AFTER UPDATE ON time_used
    BEGIN
        INSERT INTO time_history (time_id, old_seconds, old_batch_id, old_line, new_batch_id)
        VALUES (OLD.id, OLD.seconds, OLD.batch_id, OLD.line, NEW.batch_id);
    END;
    """
