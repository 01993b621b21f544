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
            try recordingRefusals(actor: clerk) {
                try writer.writeWithoutTransaction { db in
                    // Every reference a mark row holds is resolved by EntryValidator inside this
                    // transaction (competitor from the roster table, round and judge from the stored
                    // competition, the batch inserted just before), so SQLite's four foreign-key lookups
                    // per row check nothing new; they cost as much as the insert itself (BENCHMARKS.md).
                    // The pragma cannot change inside a transaction, hence the manual one.
                    try db.execute(sql: "PRAGMA foreign_keys = OFF")
                    defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                    var summary = ImportSummary()
                    try db.inTransaction {
                        var validator = try EntryValidator(db)
                        let locks = try RoundLockCheck(db)
                        let batch = try Self.startBatch(kind: "marks", file: file, clerk: clerk, db)
                        let store = try MarkWriter(db, batch: batch, replace: replace)
                        var desk = DoubleEntryDesk(db, batch: batch, clerk: clerk)
                        var log = MarkImportLog(file: file, clerk: clerk)
                        while let row = try nextRow() {
                            let mark = try validator.mark(row)
                            try locks.check(
                                competitor: mark.entrant.id, round: mark.round.id, line: row.line, row: row.round,
                                writing: .mark)
                            if mark.round.doubleEntry {
                                try desk.enter(mark, row, into: &summary)
                            } else {
                                try store.write(mark, row, into: &summary)
                                try log.record(mark, number: row.number.trimmingSpaces, db)
                            }
                        }
                        try log.finish(summary, db)
                        try desk.record(source: "score import \(file)")
                        return .commit
                    }
                    return summary
                }
            }
        }
    }

    /// One typed mark from the judges' table: checked like an imported row, stored at once.
    public func enterMark(_ row: MarkRow, clerk: String, replace: Bool) throws -> EnteredMark {
        try refusingLockedRounds(actor: clerk, source: "score enter") {
            try recordingRefusals(actor: clerk) {
                try writer.write { db in
                    var validator = try EntryValidator(db, preloading: false)
                    let mark = try validator.mark(row)
                    try RoundLockCheck(db, preloading: false).check(
                        competitor: mark.entrant.id, round: mark.round.id, line: row.line, row: row.round,
                        writing: .mark)
                    let batch = try Self.startBatch(kind: "enter", file: nil, clerk: clerk, db)
                    var summary = ImportSummary()
                    let number = row.number.trimmingSpaces
                    var previous: Points?
                    var outcome: DoubleEntryOutcome?
                    if mark.round.doubleEntry {
                        var desk = DoubleEntryDesk(db, batch: batch, clerk: clerk)
                        outcome = try desk.enter(mark, row, into: &summary)
                        try desk.record(source: "score enter")
                    } else {
                        previous = try MarkWriter(db, batch: batch, replace: replace).write(mark, row, into: &summary)
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
                    }
                    let entrant = mark.entrant
                    return EnteredMark(
                        number: number, competitorName: entrant.name, unit: entrant.unit,
                        status: entrant.status,
                        round: mark.round, judge: mark.judge, criterion: mark.criterion, value: mark.value,
                        replaced: previous, doubleEntry: outcome)
                }
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
    /// In a double-entry round, what became of this entry; `value` is then this clerk's own entry.
    public let doubleEntry: DoubleEntryOutcome?
}

/// The audit records of one mark import: the marks go into records of a megabyte each,
/// so a national import of millions of marks never holds its whole log in memory.
private struct MarkImportLog {
    let file: String
    let clerk: String
    var changes = AuditChanges(capacity: recordSize + 1024)
    var rows = 0

    static let recordSize = 1 << 20

    init(file: String, clerk: String) {
        self.file = file
        self.clerk = clerk
    }

    mutating func record(_ mark: EntryValidator.ResolvedMark, number: String, _ db: Database) throws {
        changes.setImportedMark(
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
        changes = AuditChanges(capacity: Self.recordSize + 1024)
    }
}
