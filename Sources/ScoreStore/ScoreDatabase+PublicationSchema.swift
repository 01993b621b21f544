/// "v5-publication": published versions of a trade's result sheet, their files, and appeals.
/// Times are ISO 8601 UTC text ("2026-11-26T07:30:00Z").
let schemaV5Publication = """
    CREATE TABLE publication (
        id INTEGER PRIMARY KEY,
        trade_id TEXT NOT NULL REFERENCES trade(id),
        version INTEGER NOT NULL CHECK (version >= 1),
        -- The published result sheet, byte for byte, so the next version can list what changed
        -- and `results verify` can say where an edited copy departs from it.
        sheet BLOB NOT NULL,
        sheet_sha256 TEXT NOT NULL,
        published_at TEXT NOT NULL,
        notice_ends_at TEXT NOT NULL,
        published_by TEXT NOT NULL,
        final_at TEXT,
        final_by TEXT,
        UNIQUE (trade_id, version)
    );
    -- Every file written with a version (the manifest's lines), so any of them can be verified.
    CREATE TABLE publication_file (
        publication_id INTEGER NOT NULL REFERENCES publication(id),
        name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        PRIMARY KEY (publication_id, name)
    );
    CREATE INDEX publication_file_sha256 ON publication_file(sha256);
    CREATE TABLE appeal (
        id INTEGER PRIMARY KEY,
        trade_id TEXT NOT NULL REFERENCES trade(id),
        -- The version under notice when the appeal was made.
        version INTEGER NOT NULL,
        number TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason <> ''),
        filed_by TEXT NOT NULL,
        filed_at TEXT NOT NULL,
        ruling TEXT CHECK (ruling <> ''),
        ruled_by TEXT,
        ruled_at TEXT
    );
    """
