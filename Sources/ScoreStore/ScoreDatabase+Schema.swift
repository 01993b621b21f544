import GRDB

extension ScoreDatabase {
    /// Named migrations; a migration is never edited once released, only added to.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-competition-and-marks") { db in
            try db.execute(sql: schemaV1)
        }
        migrator.registerMigration("v2-audit") { db in
            try db.execute(sql: schemaV2Audit)
        }
        migrator.registerMigration("v3-integrity") { db in try db.execute(sql: schemaV3Integrity) }
        migrator.registerMigration("v4-locks") { db in
            try db.execute(sql: schemaV4Locks)
        }
        migrator.registerMigration("v5-publication") { db in
            try db.execute(sql: schemaV5Publication)
        }
        migrator.registerMigration("v6-roster-changes-and-reverts") { db in
            try db.execute(sql: schemaV6Venue)
        }
        migrator.registerMigration("v7-documents") { db in try db.execute(sql: schemaV6Documents) }
        migrator.registerMigration("v8-coverage") { db in try migrateCoverage(db) }
        migrator.registerMigration("v9-history-outlives-reverts") { db in
            try db.execute(sql: schemaV9HistoryOutlivesReverts)
        }
        migrator.registerMigration("web-sessions-and-requests") { db in try db.execute(sql: schemaWeb) }
        return migrator
    }
}

/// Scores are integer hundredths (`*_h` columns); ids are the competition file's.
private let schemaV1 = """
    CREATE TABLE competition (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        percent_rounding TEXT NOT NULL CHECK (percent_rounding IN ('floor', 'half-up'))
    );
    CREATE TABLE trade (
        id TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL UNIQUE,
        name TEXT NOT NULL
    );
    CREATE TABLE round (
        id TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL UNIQUE,
        name TEXT NOT NULL,
        max_h INTEGER NOT NULL CHECK (max_h > 0),
        weight_h INTEGER NOT NULL CHECK (weight_h >= 0),
        aggregate TEXT NOT NULL CHECK (aggregate IN ('single', 'mean', 'trimmed-mean', 'median')),
        trim INTEGER CHECK (trim >= 0),
        judges INTEGER CHECK (judges >= 1),
        qualify_after TEXT REFERENCES round(id),
        qualify_top INTEGER CHECK (qualify_top >= 1),
        qualify_min_h INTEGER CHECK (qualify_min_h >= 0)
    );
    CREATE TABLE criterion (
        round_id TEXT NOT NULL REFERENCES round(id),
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        max_h INTEGER NOT NULL CHECK (max_h > 0),
        PRIMARY KEY (round_id, id)
    );
    CREATE TABLE judge (
        id TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL UNIQUE,
        name TEXT NOT NULL,
        unit TEXT NOT NULL
    );
    CREATE TABLE tie_break (
        position INTEGER PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('round', 'time')),
        round_id TEXT NOT NULL REFERENCES round(id)
    );
    CREATE TABLE prize_tier (
        position INTEGER PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        count INTEGER CHECK (count >= 0),
        percent_h INTEGER CHECK (percent_h BETWEEN 0 AND 10000),
        title TEXT,
        min_total_h INTEGER CHECK (min_total_h >= 0),
        CHECK ((count IS NULL) <> (percent_h IS NULL))
    );
    -- One row per batch import or typed entry, so every mark says where it came from.
    CREATE TABLE entry_batch (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        file TEXT,
        clerk TEXT NOT NULL,
        started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE TABLE competitor (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE CHECK (number <> ''),
        name TEXT NOT NULL,
        unit TEXT NOT NULL,
        trade_id TEXT NOT NULL REFERENCES trade(id),
        status TEXT NOT NULL CHECK (status IN ('active', 'absent', 'disqualified', 'withdrawn')),
        batch_id INTEGER NOT NULL REFERENCES entry_batch(id),
        line INTEGER NOT NULL
    );
    CREATE INDEX competitor_trade ON competitor(trade_id);
    -- criterion_id is '' for a round without criteria, so that the key holds. Keyed by what a
    -- mark is (WITHOUT ROWID): one b-tree instead of a table plus a UNIQUE index, and a
    -- competitor's marks lie together.
    CREATE TABLE mark (
        competitor_id INTEGER NOT NULL REFERENCES competitor(id),
        round_id TEXT NOT NULL REFERENCES round(id),
        judge_id TEXT NOT NULL REFERENCES judge(id),
        criterion_id TEXT NOT NULL DEFAULT '',
        value_h INTEGER NOT NULL CHECK (value_h >= 0),
        batch_id INTEGER NOT NULL REFERENCES entry_batch(id),
        line INTEGER NOT NULL,
        PRIMARY KEY (competitor_id, round_id, judge_id, criterion_id)
    ) WITHOUT ROWID;
    -- A replaced mark keeps its old value, and where and when it came from.
    CREATE TABLE mark_history (
        id INTEGER PRIMARY KEY,
        competitor_id INTEGER NOT NULL,
        round_id TEXT NOT NULL,
        judge_id TEXT NOT NULL,
        criterion_id TEXT NOT NULL,
        old_value_h INTEGER NOT NULL,
        old_batch_id INTEGER NOT NULL REFERENCES entry_batch(id),
        old_line INTEGER NOT NULL,
        new_batch_id INTEGER NOT NULL REFERENCES entry_batch(id),
        replaced_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        FOREIGN KEY (competitor_id, round_id, judge_id, criterion_id)
            REFERENCES mark (competitor_id, round_id, judge_id, criterion_id)
    );
    CREATE TRIGGER mark_keeps_history AFTER UPDATE ON mark
    BEGIN
        INSERT INTO mark_history (
            competitor_id, round_id, judge_id, criterion_id, old_value_h, old_batch_id, old_line, new_batch_id)
        VALUES (
            OLD.competitor_id, OLD.round_id, OLD.judge_id, OLD.criterion_id, OLD.value_h, OLD.batch_id,
            OLD.line, NEW.batch_id);
    END;
    CREATE TABLE time_used (
        id INTEGER PRIMARY KEY,
        competitor_id INTEGER NOT NULL REFERENCES competitor(id),
        round_id TEXT NOT NULL REFERENCES round(id),
        seconds INTEGER NOT NULL CHECK (seconds >= 0),
        batch_id INTEGER NOT NULL REFERENCES entry_batch(id),
        line INTEGER NOT NULL,
        UNIQUE (competitor_id, round_id)
    );
    CREATE TABLE time_history (
        id INTEGER PRIMARY KEY,
        time_id INTEGER NOT NULL REFERENCES time_used(id),
        old_seconds INTEGER NOT NULL,
        old_batch_id INTEGER NOT NULL REFERENCES entry_batch(id),
        old_line INTEGER NOT NULL,
        new_batch_id INTEGER NOT NULL REFERENCES entry_batch(id),
        replaced_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE TRIGGER time_keeps_history AFTER UPDATE ON time_used
    BEGIN
        INSERT INTO time_history (time_id, old_seconds, old_batch_id, old_line, new_batch_id)
        VALUES (OLD.id, OLD.seconds, OLD.batch_id, OLD.line, NEW.batch_id);
    END;
    """
