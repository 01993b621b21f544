/// Sign-off of rounds, the divergence gate and the chief judge's corrections (migration "v4-locks").
let schemaV4Locks = """
    -- A round's max_spread (the divergence gate): part of the competition definition.
    CREATE TABLE round_max_spread (
        round_id TEXT PRIMARY KEY NOT NULL REFERENCES round(id),
        max_spread_h INTEGER NOT NULL CHECK (max_spread_h >= 0)
    );
    -- A round signed off for one trade: its marks change only through a correction.
    CREATE TABLE round_lock (
        trade_id TEXT NOT NULL REFERENCES trade(id),
        round_id TEXT NOT NULL REFERENCES round(id),
        chief TEXT NOT NULL,
        locked_at TEXT NOT NULL,
        PRIMARY KEY (trade_id, round_id)
    );
    -- The chief judge's confirmation of flagged marks; it holds only while the marks equal `marks`.
    CREATE TABLE spread_confirmation (
        competitor_id INTEGER NOT NULL REFERENCES competitor(id),
        round_id TEXT NOT NULL REFERENCES round(id),
        marks TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (trim(reason) <> ''),
        chief TEXT NOT NULL,
        confirmed_at TEXT NOT NULL,
        PRIMARY KEY (competitor_id, round_id)
    );
    -- Why the chief judge corrected a mark; the old value is the mark_history row with new_batch_id = batch_id.
    CREATE TABLE mark_correction (
        batch_id INTEGER PRIMARY KEY NOT NULL REFERENCES entry_batch(id),
        mark_id INTEGER NOT NULL REFERENCES mark(id),
        reason TEXT NOT NULL CHECK (trim(reason) <> ''),
        chief TEXT NOT NULL
    );
    """
