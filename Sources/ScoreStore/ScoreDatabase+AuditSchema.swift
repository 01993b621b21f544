import GRDB

/// The audit log: one row per change of state, each chained by SHA-256 to the one before.
let schemaV2Audit = """
    ALTER TABLE judge ADD COLUMN chief INTEGER NOT NULL DEFAULT 0 CHECK (chief IN (0, 1));
    CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        actor TEXT NOT NULL,
        summary TEXT NOT NULL,
        changes BLOB NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    """
