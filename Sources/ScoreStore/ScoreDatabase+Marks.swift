import GRDB
public import ScoringCore

extension ScoreDatabase {
    /// Adds judges' marks, all or none. A mark that exists already is refused unless
    /// `replace`, which keeps the old value in `mark_history`. The same mark twice in
    /// one file is always refused.
    public func importMarks(
        file: String, clerk: String, replace: Bool, nextRow: () throws -> MarkRow?
    ) throws -> ImportSummary {
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
                let batch = try Self.startBatch(kind: "marks", file: file, clerk: clerk, db)
                let store = try MarkWriter(db, batch: batch, replace: replace)
                while let row = try nextRow() {
                    let mark = try validator.mark(row)
                    try store.write(mark, row, into: &summary)
                }
                return .commit
            }
            return summary
        }
    }

    /// One typed mark from the judges' table: checked like an imported row, stored at once.
    public func enterMark(_ row: MarkRow, clerk: String, replace: Bool) throws -> EnteredMark {
        try writer.write { db in
            var validator = try EntryValidator(db, preloading: false)
            let mark = try validator.mark(row)
            let batch = try Self.startBatch(kind: "enter", file: nil, clerk: clerk, db)
            let store = try MarkWriter(db, batch: batch, replace: replace)
            var summary = ImportSummary()
            let previous = try store.write(mark, row, into: &summary)
            let entrant = mark.entrant
            return EnteredMark(
                number: row.number.trimmingSpaces, competitorName: entrant.name, unit: entrant.unit,
                status: entrant.status,
                round: mark.round, judge: mark.judge, criterion: mark.criterion, value: mark.value,
                replaced: previous)
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
