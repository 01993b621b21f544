import GRDB
import Messages
import ScoringCore
public import StoreValues

extension ScoreDatabase {
    /// Adds judges' marks, all or none. A mark that exists already is refused unless
    /// `replace`, which keeps the old value in `mark_history`. The same mark twice in
    /// one file is always refused.
    ///
    /// Rows are read (`nextRow`) and checked on a thread of their own, ahead of the one that
    /// stores them. Every refused row is kept, in file order, and thrown at the end as
    /// `Refusals`; nothing is then stored.
    /// `authenticated` is `.clerkPIN` when the clerk gave a PIN (see `entry_batch.authenticated`).
    public func importMarks(
        file: String, clerk: String, replace: Bool, authenticated: Authentication? = nil,
        nextRow: @escaping () throws -> MarkRow?
    ) throws -> ImportSummary {
        try recordingRefusals(actor: clerk, source: "score import \(file)") {
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
                    var rows = FirstRows(nextRow, limit: EntryContext.wholeFrom)
                    var validator = try EntryValidator(db, rows: rows.count)
                    let definitions = validator.definitions
                    let locks = try RoundLockCheck(db, definitions: definitions)
                    let batch = try Self.startBatch(
                        kind: "marks", file: file, clerk: clerk, authenticated: authenticated, db)
                    let store = try MarkWriter(
                        db, batch: batch, replace: replace, definitions: definitions, queued: true)
                    var desk = DoubleEntryDesk(db, batch: batch, clerk: clerk)
                    var log = MarkImportLog(
                        file: file, clerk: clerk, batch: batch, competition: definitions.competition)
                    let refusals = RefusalList()
                    store.refusals = refusals
                    var tally = IgnoredMarksTally(definitions.competition)
                    // A refused row travels in file order with the others, so the list of
                    // refusals keeps that order.
                    let check = { () throws -> CheckedMark? in
                        do {
                            guard let row = try rows.next() else { return nil }
                            return .mark(row, try validator.mark(row))
                        } catch let refusal as Refusal {
                            return .refused(refusal)
                        }
                    }
                    // A large file is checked on a thread of its own, ahead of the writes, against
                    // what was read up front. A small one looks its rows up on this connection,
                    // which only this thread may use: it is checked whole, here, first.
                    var small: [CheckedMark] = []
                    if !validator.readAhead {
                        while let mark = try check() { small.append(mark) }
                    }
                    var smallMarks = small.makeIterator()
                    var checked = ReadAhead<CheckedMark>(validator.readAhead ? check : { smallMarks.next() })
                    defer { checked.stop() }
                    while let next = try checked.next() {
                        do {
                            guard case .mark(let row, let mark) = next else {
                                if case .refused(let refusal) = next { throw refusal }
                                continue
                            }
                            try locks.check(
                                mark.entrant, round: mark.roundID, line: row.line, row: row.round, writing: .mark)
                            if mark.isDoubleEntry {
                                try store.flush()
                                try desk.enter(mark, row, into: &summary)
                            } else {
                                try store.write(mark, row)
                                try log.record(mark, db)
                                tally.note(mark)
                            }
                        } catch let refusal as Refusal {
                            // A queued row lies before this one in the file: its conflict is listed first.
                            try store.flush()
                            refusals.add(refusal)
                        }
                    }
                    try store.flush()
                    try refusals.throwIfAny()
                    summary.ignored = try tally.ignored(definitions.competition, db)
                    summary.added += store.added
                    summary.replaced += store.replaced
                    try log.finish(summary, db)
                    try desk.record(source: "score import \(file)")
                    return .commit
                }
                return summary
            }
        }
    }

    /// One typed mark from the judges' table: checked like an imported row, stored at once.
    /// `authenticated`: `.judgePIN` when the judge gave a PIN, `.clerkPIN` when the clerk did.
    /// `request`: a judge's own mark from the service, remembered in the same transaction so a
    /// resend is answered, not stored twice.
    public func enterMark(
        _ row: MarkRow, clerk: String, replace: Bool, authenticated: Authentication? = nil,
        request: WebMarkRequest? = nil
    ) throws -> EnteredMark {
        try recordingRefusals(actor: clerk, source: "score enter") {
            try writer.write { db in
                try Self.enterMark(
                    row, clerk: clerk, replace: replace, authenticated: authenticated, request: request,
                    definitions: definitionCache.definitions(db), clock: clock, db)
            }
        }
    }

    /// `enterMark`'s work inside a write transaction: its checks, the mark, its audit record and
    /// the request it answers, all or (thrown) none of them.
    static func enterMark(
        _ row: MarkRow, clerk: String, replace: Bool, authenticated: Authentication?, request: WebMarkRequest?,
        definitions: EntryValidator.Definitions, clock: StoreClock, _ db: Database
    ) throws -> EnteredMark {
        var validator = try EntryValidator(db, definitions: definitions, rows: 1)
        let mark = try validator.mark(row)
        // A tablet checked this against a definition read before; the stored one decides.
        if request != nil, mark.isDoubleEntry {
            throw Refusal.row(.doubleEntryRound, line: row.line, field: .round, value: row.round)
        }
        try RoundLockCheck(db, definitions: validator.definitions).check(
            mark.entrant, round: mark.round.id, line: row.line, row: row.round, writing: .mark)
        let batch = try Self.startBatch(
            kind: "enter", file: nil, clerk: clerk, authenticated: authenticated, db)
        var summary = ImportSummary()
        let number = mark.entrant.number
        var previous: Points?
        var outcome: DoubleEntryOutcome?
        if mark.round.doubleEntry {
            var desk = DoubleEntryDesk(db, batch: batch, clerk: clerk)
            outcome = try desk.enter(mark, row, into: &summary)
            try desk.record(source: "score enter")
        } else {
            previous = try MarkWriter(
                db, batch: batch, replace: replace, definitions: validator.definitions
            ).write(mark, row)
            let key = MarkKey(mark, number: number)
            var changes = AuditChanges()
            changes.setMark(
                number: key.number, round: key.round, judge: key.judge, criterion: key.criterion,
                hundredths: mark.value.hundredths)
            try Self.appendAudit(
                kind: "mark.enter", actor: clerk,
                summary: "score enter: \(key.what): \(mark.value)"
                    + (previous.map { " (was \($0))" } ?? ""),
                changes: changes, batch: batch, db)
            try request?.remember(
                number: number, mark.round.id, mark.criterion?.id, mark.value, previous: previous, at: clock.now(), db)
        }
        let entrant = mark.entrant
        return EnteredMark(
            number: CompetitorNumber(number), competitorName: entrant.name, unit: entrant.unit,
            status: entrant.status,
            round: mark.round, judge: mark.judge, criterion: mark.criterion, value: mark.value,
            replaced: previous, doubleEntry: outcome)
    }
}
