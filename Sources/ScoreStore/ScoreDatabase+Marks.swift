import GRDB
public import ScoringCore

extension ScoreDatabase {
    /// Adds judges' marks, all or none. A mark that exists already is refused unless
    /// `replace`, which keeps the old value in `mark_history`. The same mark twice in
    /// one file is always refused.
    public func importMarks(
        file: String, clerk: String, replace: Bool, nextRow: () throws -> MarkRow?
    ) throws -> ImportSummary {
        try refusingLockedRounds(actor: clerk, source: "score import \(file)") {
            try writer.write { db in
                var validator = try EntryValidator(db)
                let locks = try RoundLockCheck(db)
                let batch = try Self.startBatch(kind: "marks", file: file, clerk: clerk, db)
                let store = try MarkWriter(db, batch: batch, replace: replace)
                var summary = ImportSummary()
                var log = MarkImportLog(file: file, clerk: clerk)
                while let row = try nextRow() {
                    let mark = try validator.mark(row)
                    try locks.check(
                        competitor: mark.entrant.id, round: mark.round.id, line: row.line, row: row.round,
                        writing: .mark)
                    try store.write(mark, row, into: &summary)
                    try log.record(mark, number: row.number.trimmingSpaces, db)
                }
                try log.finish(summary, db)
                return summary
            }
        }
    }

    /// One typed mark from the judges' table: checked like an imported row, stored at once.
    public func enterMark(_ row: MarkRow, clerk: String, replace: Bool) throws -> EnteredMark {
        try refusingLockedRounds(actor: clerk, source: "score enter") {
            try writer.write { db in
                var validator = try EntryValidator(db, preloading: false)
                let mark = try validator.mark(row)
                try RoundLockCheck(db, preloading: false).check(
                    competitor: mark.entrant.id, round: mark.round.id, line: row.line, row: row.round, writing: .mark)
                let batch = try Self.startBatch(kind: "enter", file: nil, clerk: clerk, db)
                let store = try MarkWriter(db, batch: batch, replace: replace)
                var summary = ImportSummary()
                let previous = try store.write(mark, row, into: &summary)
                let number = row.number.trimmingSpaces
                var changes = AuditChanges()
                changes.setMark(
                    number: number, round: mark.round.id.rawValue, judge: mark.judge.id.rawValue,
                    criterion: mark.criterion?.id.rawValue ?? "", hundredths: mark.value.hundredths)
                var what = "competitor \(number), round \(mark.round.id), judge \(mark.judge.id)"
                if let criterion = mark.criterion { what += ", criterion \(criterion.id)" }
                try Self.appendAudit(
                    kind: "mark.enter", actor: clerk,
                    summary: "score enter: \(what): \(mark.value)" + (previous.map { " (was \($0))" } ?? ""),
                    changes: changes, db)
                let entrant = mark.entrant
                return EnteredMark(
                    number: row.number.trimmingSpaces, competitorName: entrant.name, unit: entrant.unit,
                    status: entrant.status,
                    round: mark.round, judge: mark.judge, criterion: mark.criterion, value: mark.value,
                    replaced: previous)
            }
        }
    }
}

/// What `enterMark` stored, echoed back so a typo is seen at once.
public struct EnteredMark: Sendable {
    public let number: String
    public let competitorName: String
    public let unit: String
    /// Marks of a competitor who is not active are kept but never scored.
    public let status: Competitor.Status
    public let round: Round
    public let judge: Judge
    public let criterion: Criterion?
    public let value: Points
    /// The value this mark had before, when it replaced one.
    public let replaced: Points?
}

/// Inserts marks with one prepared statement and explains a conflict by its earlier row.
private struct MarkWriter {
    let db: Database
    let batch: Int64
    let replace: Bool
    let statement: Statement

    init(_ db: Database, batch: Int64, replace: Bool) throws {
        self.db = db
        self.batch = batch
        self.replace = replace
        let insert = """
            INSERT INTO mark (competitor_id, round_id, judge_id, criterion_id, value_h, batch_id, line)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """
        // A replacement only ever replaces a mark from an earlier entry, never one from this file.
        let upsert = """
            ON CONFLICT (competitor_id, round_id, judge_id, criterion_id) DO UPDATE
            SET value_h = excluded.value_h, batch_id = excluded.batch_id, line = excluded.line
            WHERE mark.batch_id <> excluded.batch_id
            """
        statement = try db.makeStatement(sql: replace ? insert + "\n" + upsert : insert)
    }

    /// Returns the value replaced, if any.
    @discardableResult
    func write(_ mark: EntryValidator.ResolvedMark, _ row: MarkRow, into summary: inout ImportSummary) throws -> Points?
    {
        let criterion = mark.criterion?.id.rawValue ?? ""
        // Built only where a conflict is looked up, not for every plain insert.
        var key: StatementArguments { [mark.entrant.id, mark.round.id.rawValue, mark.judge.id.rawValue, criterion] }
        let earlier = replace ? try existing(key) : nil
        do {
            try statement.execute(arguments: [
                mark.entrant.id, mark.round.id.rawValue, mark.judge.id.rawValue, criterion, mark.value.hundredths,
                batch,
                row.line,
            ])
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw try refusal(key, row)
        }
        if let earlier {
            guard earlier.batch != batch else { throw try refusal(key, row) }
            summary.replaced += 1
            return earlier.value
        }
        summary.added += 1
        return nil
    }

    private func existing(_ key: StatementArguments) throws -> (value: Points, batch: Int64, line: Int)? {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT value_h, batch_id, line FROM mark
                WHERE competitor_id = ? AND round_id = ? AND judge_id = ? AND criterion_id = ?
                """,
            arguments: key)
        return row.map { (Points(hundredths: $0["value_h"]), $0["batch_id"], $0["line"]) }
    }

    private func refusal(_ key: StatementArguments, _ row: MarkRow) throws -> EntryRefusal {
        let earlier = try existing(key)
        var what =
            "competitor \(row.number.trimmingSpaces), round \(row.round.trimmingSpaces), judge \(row.judge.trimmingSpaces)"
        if !row.criterion.trimmingSpaces.isEmpty { what += ", criterion \(row.criterion.trimmingSpaces)" }
        guard let earlier, earlier.batch != batch else {
            return EntryRefusal(
                line: row.line, field: "score", value: row.score,
                problem: "\(what): the same mark is given twice in this file (first at line \(earlier?.line ?? 0))")
        }
        let source = try String.fetchOne(
            db, sql: "SELECT file FROM entry_batch WHERE id = ?", arguments: [earlier.batch])
        let from = source.map { "from \($0) line \(earlier.line)" } ?? "typed in"
        return EntryRefusal(
            line: row.line, field: "score", value: row.score,
            problem: "\(what): a mark is already stored (\(earlier.value), \(from)); use --replace to change it")
    }
}

/// The audit records of one mark import: the marks go into records of a few megabytes each,
/// so a national import of millions of marks never holds its whole log in memory.
private struct MarkImportLog {
    let file: String
    let clerk: String
    var changes = AuditChanges()
    var rows = 0

    static let recordSize = 4 << 20

    init(file: String, clerk: String) {
        self.file = file
        self.clerk = clerk
    }

    mutating func record(_ mark: EntryValidator.ResolvedMark, number: String, _ db: Database) throws {
        changes.setMark(
            number: number, round: mark.round.id.rawValue, judge: mark.judge.id.rawValue,
            criterion: mark.criterion?.id.rawValue ?? "", hundredths: mark.value.hundredths)
        rows += 1
        if changes.bytes.count >= Self.recordSize {
            try flush(summary: "score import \(file): \(rows) marks so far (continued)", db)
        }
    }

    mutating func finish(_ summary: ImportSummary, _ db: Database) throws {
        try flush(summary: "score import \(file): \(summary.added) added, \(summary.replaced) replaced", db)
    }

    private mutating func flush(summary: String, _ db: Database) throws {
        try ScoreDatabase.appendAudit(kind: "marks.import", actor: clerk, summary: summary, changes: changes, db)
        changes = AuditChanges()
    }
}
