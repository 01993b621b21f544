/// Panels, double-entry rounds, credentials, PIN failures, recusal allowances and
/// double entries (issue 4, items 1, 2 and 4). Times are UTC text like v1's, except
/// where the lockout arithmetic needs whole Unix seconds.
let schemaV3Integrity = """
    CREATE TABLE panel_judge (
        trade_id TEXT NOT NULL REFERENCES trade(id),
        round_id TEXT NOT NULL REFERENCES round(id),
        judge_id TEXT NOT NULL REFERENCES judge(id),
        position INTEGER NOT NULL,
        PRIMARY KEY (trade_id, round_id, judge_id)
    );
    CREATE TABLE double_entry_round (
        round_id TEXT PRIMARY KEY NOT NULL REFERENCES round(id)
    );
    -- hash is `pbkdf2-sha256$<rounds>$<salt>$<key>` (base64): the PIN itself is never stored.
    CREATE TABLE credential (
        judge_id TEXT PRIMARY KEY NOT NULL REFERENCES judge(id),
        hash TEXT NOT NULL,
        issued_by TEXT NOT NULL,
        issued_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE TABLE pin_failure (
        id INTEGER PRIMARY KEY,
        judge_id TEXT NOT NULL REFERENCES judge(id),
        at INTEGER NOT NULL,
        reason TEXT NOT NULL
    );
    CREATE INDEX pin_failure_judge ON pin_failure(judge_id, at);
    CREATE TABLE pin_lockout (
        id INTEGER PRIMARY KEY,
        judge_id TEXT NOT NULL REFERENCES judge(id),
        started_at INTEGER NOT NULL,
        until INTEGER NOT NULL
    );
    CREATE TABLE recusal_allowance (
        judge_id TEXT NOT NULL REFERENCES judge(id),
        competitor_id INTEGER NOT NULL REFERENCES competitor(id),
        reason TEXT NOT NULL CHECK (reason <> ''),
        chief_id TEXT NOT NULL REFERENCES judge(id),
        allowed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        PRIMARY KEY (judge_id, competitor_id)
    );
    -- One clerk's blind entry of one mark; settled once the mark is confirmed or resolved.
    CREATE TABLE double_entry (
        id INTEGER PRIMARY KEY,
        competitor_id INTEGER NOT NULL REFERENCES competitor(id),
        round_id TEXT NOT NULL REFERENCES round(id),
        judge_id TEXT NOT NULL REFERENCES judge(id),
        criterion_id TEXT NOT NULL DEFAULT '',
        value_h INTEGER NOT NULL CHECK (value_h >= 0),
        clerk TEXT NOT NULL,
        batch_id INTEGER NOT NULL REFERENCES entry_batch(id),
        line INTEGER NOT NULL,
        settled INTEGER NOT NULL DEFAULT 0 CHECK (settled IN (0, 1))
    );
    CREATE INDEX double_entry_open ON double_entry(competitor_id, round_id, judge_id, criterion_id)
        WHERE settled = 0;
    CREATE TABLE double_entry_resolution (
        id INTEGER PRIMARY KEY,
        competitor_id INTEGER NOT NULL,
        round_id TEXT NOT NULL,
        judge_id TEXT NOT NULL,
        criterion_id TEXT NOT NULL,
        chief_id TEXT NOT NULL REFERENCES judge(id),
        reason TEXT NOT NULL CHECK (reason <> ''),
        resolved_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        FOREIGN KEY (competitor_id, round_id, judge_id, criterion_id)
            REFERENCES mark (competitor_id, round_id, judge_id, criterion_id)
    );
    """
