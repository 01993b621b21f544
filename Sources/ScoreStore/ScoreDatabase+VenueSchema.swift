/// Roster changes after import (`judge competitors edit`), undone batches (`judge score
/// revert`) and the batch each audit record belongs to (issue 11).
let schemaV6Venue = """
    -- One edit of one competitor: what changed (`status: active → absent`), why and by whom.
    CREATE TABLE competitor_change (
        id INTEGER PRIMARY KEY,
        competitor_id INTEGER NOT NULL REFERENCES competitor(id),
        batch_id INTEGER NOT NULL REFERENCES entry_batch(id),
        changes TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (trim(reason) <> ''),
        changed_by TEXT NOT NULL,
        chief TEXT,
        changed_at TEXT NOT NULL
    );
    CREATE INDEX competitor_change_competitor ON competitor_change(competitor_id);
    -- A batch whose marks, times or competitors were taken back, by the batch `revert_batch_id`.
    CREATE TABLE batch_revert (
        batch_id INTEGER PRIMARY KEY NOT NULL REFERENCES entry_batch(id),
        revert_batch_id INTEGER NOT NULL UNIQUE REFERENCES entry_batch(id),
        reason TEXT NOT NULL CHECK (trim(reason) <> ''),
        reverted_by TEXT NOT NULL,
        reverted_at TEXT NOT NULL
    );
    ALTER TABLE audit_log ADD COLUMN batch_id INTEGER;
    """
