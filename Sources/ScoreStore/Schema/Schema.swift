/// The whole schema as migration "schema" creates it: what the nine migrations before it
/// ("v1-competition-and-marks" … "v9-history-outlives-reverts", squashed before any release)
/// left behind, column for column and in the same column order. `SquashedChain` checks that a
/// database those nine made matches it.
///
/// Scores are integer hundredths (`*_h` columns); ids are the competition file's. Times are
/// UTC text (`2026-11-26T07:30:00Z`), except where the PIN lockout arithmetic needs whole
/// Unix seconds.
enum Schema {
    static let sql = competition + entries + audit + integrity + signOff + publication + venue + documents

    /// The competition definition, as loaded from the competition file.
    private static let competition = """
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
            unit TEXT NOT NULL,
            chief INTEGER NOT NULL DEFAULT 0 CHECK (chief IN (0, 1))
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
        -- A round's max_spread (the divergence gate).
        CREATE TABLE round_max_spread (
            round_id TEXT PRIMARY KEY NOT NULL REFERENCES round(id),
            max_spread_h INTEGER NOT NULL CHECK (max_spread_h >= 0)
        );
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
        CREATE TABLE clerk (
            id TEXT PRIMARY KEY NOT NULL,
            position INTEGER NOT NULL UNIQUE,
            name TEXT NOT NULL
        );
        -- Settings of the competition file beyond the tables above (notice_days_min).
        CREATE TABLE competition_option (
            name TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        );

        """

    /// The roster, marks and times, each row saying which batch brought it.
    private static let entries = """
        -- One row per batch import or typed entry, so every mark says where it came from.
        -- authenticated: '' for a self-declared clerk or an unauthenticated entry; 'judge' for a
        -- mark typed with the judge's PIN; 'clerk' for a batch by a clerk who gave a PIN.
        CREATE TABLE entry_batch (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            file TEXT,
            clerk TEXT NOT NULL,
            started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            authenticated TEXT NOT NULL DEFAULT '' CHECK (authenticated IN ('', 'judge', 'clerk'))
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
        -- AUTOINCREMENT: an id is never given twice, so a time's history names one time for good
        -- (a reused id would slip past the audit cover's high-water mark).
        CREATE TABLE time_used (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            competitor_id INTEGER NOT NULL REFERENCES competitor(id),
            round_id TEXT NOT NULL REFERENCES round(id),
            seconds INTEGER NOT NULL CHECK (seconds >= 0),
            batch_id INTEGER NOT NULL REFERENCES entry_batch(id),
            line INTEGER NOT NULL,
            UNIQUE (competitor_id, round_id)
        );
        -- A replaced mark or time keeps its old value, and where and when it came from. History
        -- outlives what it describes: a revert removes a mark or time a batch added, but its
        -- history rows are audit facts that never change, so they hold no reference to the live
        -- row, and their ids are never given twice.
        CREATE TABLE mark_history (
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
        CREATE TABLE time_history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            time_id INTEGER NOT NULL,
            old_seconds INTEGER NOT NULL,
            old_batch_id INTEGER NOT NULL REFERENCES entry_batch(id),
            old_line INTEGER NOT NULL,
            new_batch_id INTEGER NOT NULL REFERENCES entry_batch(id),
            replaced_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
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

    /// The audit log: one row per change of state, each chained by SHA-256 to the one before,
    /// and how far it covers the append-only tables (`AuditRowFacts`).
    private static let audit = """
        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            actor TEXT NOT NULL,
            summary TEXT NOT NULL,
            changes BLOB NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            batch_id INTEGER
        );
        -- The highest row id of each append-only table already written into the audit log.
        CREATE TABLE audit_cover (
            table_name TEXT PRIMARY KEY NOT NULL,
            last_id INTEGER NOT NULL
        );

        """

    /// Credentials, PIN failures, recusal allowances and double entries (issue 4).
    private static let integrity = """
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
        CREATE TABLE clerk_credential (
            clerk_id TEXT PRIMARY KEY NOT NULL REFERENCES clerk(id),
            hash TEXT NOT NULL,
            issued_by TEXT NOT NULL,
            issued_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE TABLE clerk_pin_failure (
            id INTEGER PRIMARY KEY,
            clerk_id TEXT NOT NULL REFERENCES clerk(id),
            at INTEGER NOT NULL,
            reason TEXT NOT NULL
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

    /// Sign-off of rounds, the divergence gate and the chief judge's corrections.
    private static let signOff = """
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
            competitor_id INTEGER NOT NULL,
            round_id TEXT NOT NULL,
            judge_id TEXT NOT NULL,
            criterion_id TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (trim(reason) <> ''),
            chief TEXT NOT NULL,
            FOREIGN KEY (competitor_id, round_id, judge_id, criterion_id)
                REFERENCES mark (competitor_id, round_id, judge_id, criterion_id)
        );

        """

    /// Published versions of a trade's result sheet, their files, and appeals.
    private static let publication = """
        -- sheet: the published result sheet, byte for byte, so the next version can list what
        -- changed and `results verify` can say where an edited copy departs from it.
        CREATE TABLE publication (
            id INTEGER PRIMARY KEY,
            trade_id TEXT NOT NULL REFERENCES trade(id),
            version INTEGER NOT NULL CHECK (version >= 1),
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
        -- version: the one under notice when the appeal was made.
        CREATE TABLE appeal (
            id INTEGER PRIMARY KEY,
            trade_id TEXT NOT NULL REFERENCES trade(id),
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

    /// Roster changes after import (`judge competitors edit`) and undone batches (`judge score revert`).
    private static let venue = """
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

        """

    /// At most one row: absent when the competition file sets none of organizer, contact, signatures.
    private static let documents = """
        CREATE TABLE document_settings (
            organizer TEXT NOT NULL,
            contact TEXT NOT NULL,
            -- One signature line per text line; NULL for the default lines.
            signatures TEXT
        );
        """
}
