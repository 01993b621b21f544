import GRDB
import Messages
import ScoringCore
public import StoreValues

extension ScoreDatabase {
    /// Records times used (for `time:` tie-breaks), all or none, with the same refusal
    /// rules as marks: an existing time needs `replace`, which keeps the old one in `time_history`.
    public func importTimes(
        file: String, clerk: String, replace: Bool, authenticated: Authentication? = nil, nextRow: () throws -> TimeRow?
    ) throws -> ImportSummary {
        try recordingRefusals(actor: clerk, source: "time import \(file)") {
            try writer.write { db in
                try withoutActuallyEscaping(nextRow) { nextRow in
                    try importTimes(
                        file: file, clerk: clerk, replace: replace, authenticated: authenticated,
                        rows: FirstRows(nextRow, limit: EntryContext.wholeFrom), db)
                }
            }
        }
    }

    private func importTimes(
        file: String, clerk: String, replace: Bool, authenticated: Authentication?, rows: FirstRows<TimeRow>,
        _ db: Database
    ) throws -> ImportSummary {
        var rows = rows
        let validator = try EntryValidator(db, rows: rows.count, forMarks: false)
        let locks = try RoundLockCheck(db, definitions: validator.definitions)
        let batch = try Self.startBatch(
            kind: "times", file: file, clerk: clerk, authenticated: authenticated, db)
        var sql = """
            INSERT INTO time_used (competitor_id, round_id, seconds, batch_id, line) VALUES (?, ?, ?, ?, ?)
            """
        if replace {
            sql += """

                ON CONFLICT (competitor_id, round_id) DO UPDATE
                SET seconds = excluded.seconds, batch_id = excluded.batch_id, line = excluded.line
                WHERE time_used.batch_id <> excluded.batch_id
                """
        }
        let insert = try db.makeStatement(sql: sql)
        var summary = ImportSummary()
        var changes = AuditChanges()
        // One row; a refusal goes to `refusals` and the next row is read.
        func store(_ row: TimeRow) throws {
            let entrant = try validator.entrant(row.number, line: row.line)
            let round = try validator.round(row.round, line: row.line)
            try locks.check(entrant, round: round.id, line: row.line, row: row.round, writing: .time)
            guard let seconds = TimeUsed.seconds(parsing: row.time.compatibilityForm.trimmingSpaces) else {
                throw Refusal.row(.notATime, line: row.line, field: .time, value: row.time)
            }
            let key: StatementArguments = [entrant.id, round.id.rawValue]
            let earlier = try Row.fetchOne(
                db, sql: "SELECT seconds, batch_id, line FROM time_used WHERE competitor_id = ? AND round_id = ?",
                arguments: key)
            if let earlier, earlier["batch_id"] == batch || !replace {
                let what = ["number": entrant.number, "round": round.id.rawValue]
                throw earlier["batch_id"] == batch
                    ? Refusal.row(
                        .timeGivenTwice, line: row.line, field: .time, value: row.time,
                        what.merging(["first": String(earlier["line"] as Int)]) { $1 })
                    : Refusal.row(
                        .timeAlreadyStored, line: row.line, field: .time, value: row.time,
                        what.merging(["seconds": String(earlier["seconds"] as Int)]) { $1 })
            }
            try insert.execute(arguments: key + [seconds, batch, row.line])
            if earlier == nil { summary.added += 1 } else { summary.replaced += 1 }
            changes.set(
                TimeFacts.fact(number: entrant.number, round: round.id.rawValue), to: String(seconds))
        }
        let refusals = RefusalList()
        while let row = try refusals.next({ try rows.next() }) {
            try refusals.collecting { try store(row) }
        }
        try refusals.throwIfAny()
        try Self.appendAudit(
            kind: "times.import", actor: clerk,
            summary: "time import \(file): \(summary.added) added, \(summary.replaced) replaced", changes: changes,
            batch: batch, db)
        return summary
    }
}
