import GRDB
import GRDBSQLite
import Messages
import ScoringCore
import StoreValues

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Inserts marks with prepared statements and explains a conflict by its earlier row.
///
/// An import without `--replace` queues its rows and inserts them `rowsPerStatement` at a
/// time: starting and ending a statement for every row was a quarter of `sqlite3_step`.
/// A queued statement that hits a conflict is undone by SQLite alone (a failed statement
/// leaves no rows), and its rows are inserted again one by one so that the refusal names the
/// first conflicting row in file order, as a row-by-row import would.
final class MarkWriter {
    static let rowsPerStatement = 32

    let db: Database
    let batch: Int64
    let replace: Bool
    private(set) var added = 0
    private(set) var replaced = 0
    /// Where a queued row's conflict goes (an import that reports every refusal); nil: thrown.
    var refusals: RefusalList?
    private let single: Statement
    private let many: Statement?
    private var queue: [Entry] = []
    /// The round, judge and criterion ids as C strings that live as long as the writer, bound
    /// without a copy (SQLITE_STATIC): `criteria[round][criterion + 1]`, index 0 being ''.
    private let rounds: [UnsafeMutablePointer<CChar>]
    private let judges: [UnsafeMutablePointer<CChar>]
    private let criteria: [[UnsafeMutablePointer<CChar>]]
    private let definitions: EntryValidator.Definitions
    /// The C string each text parameter of the two statements holds: bindings survive a
    /// reset, and the ids repeat from one row, or batch, to the next.
    private var boundMany: [UnsafeMutablePointer<CChar>?] = []
    private var boundSingle: [UnsafeMutablePointer<CChar>?] = Array(repeating: nil, count: 8)

    /// One row to store: positions and numbers only, so queuing it retains nothing but the
    /// score as written, which a refusal quotes.
    private struct Entry {
        let competitor: Int64
        let roundAt: Int
        let judgeAt: Int
        /// -1 for a round without criteria.
        let criterionAt: Int
        let hundredths: Int64
        let line: Int
        let score: String
    }

    /// `queued`: insert in batches (the caller then calls `flush()` after its last row).
    init(
        _ db: Database, batch: Int64, replace: Bool, definitions: EntryValidator.Definitions, queued: Bool = false
    ) throws {
        self.definitions = definitions
        self.db = db
        self.batch = batch
        self.replace = replace
        let columns = "INSERT INTO mark (competitor_id, round_id, judge_id, criterion_id, value_h, batch_id, line)"
        let values = "(?, ?, ?, ?, ?, ?, ?)"
        // A replacement only ever replaces a mark from an earlier entry, never one from this file.
        let upsert = """
            ON CONFLICT (competitor_id, round_id, judge_id, criterion_id) DO UPDATE
            SET value_h = excluded.value_h, batch_id = excluded.batch_id, line = excluded.line
            WHERE mark.batch_id <> excluded.batch_id
            """
        // Cached: a typed mark makes a writer per mark. Its text bindings are cleared on deinit.
        single = try db.cachedStatement(sql: "\(columns) VALUES \(values)" + (replace ? "\n" + upsert : ""))
        many =
            queued && !replace
            ? try db.makeStatement(
                sql: "\(columns) VALUES " + repeatElement(values, count: Self.rowsPerStatement).joined(separator: ", "))
            : nil
        rounds = definitions.roundIDs.map { strdup($0.rawValue) }
        judges = definitions.competition.judges.map { strdup($0.id.rawValue) }
        criteria = definitions.criterionIDs.map { [strdup("")] + $0.map { strdup($0) } }
    }

    deinit {
        // The statements may still point at these until they are reset or finalized.
        sqlite3_clear_bindings(single.sqliteStatement)
        if let many { sqlite3_clear_bindings(many.sqliteStatement) }
        (rounds + judges + criteria.joined()).forEach { free($0) }
    }

    /// Stores a mark, or queues it when the writer was made `queued`. Returns the value
    /// replaced, if any.
    @discardableResult
    func write(_ mark: EntryValidator.ResolvedMark, _ row: MarkRow) throws -> Points? {
        let entry = Entry(
            competitor: mark.entrant.id, roundAt: mark.roundAt, judgeAt: mark.judgeAt,
            criterionAt: mark.criterionAt ?? -1, hundredths: mark.value.hundredths, line: row.line, score: row.score)
        if many != nil {
            queue.append(entry)
            if queue.count == Self.rowsPerStatement { try flush() }
            return nil
        }
        let earlier = replace ? try existing(entry) : nil
        if let earlier, let owner = try protectedOwner(of: earlier.batch) {
            throw try protectedRefusal(entry, earlier: earlier, owner: owner)
        }
        guard try insert(entry) else { throw try refusal(entry) }
        if let earlier {
            guard earlier.batch != batch else { throw try refusal(entry) }
            replaced += 1
            return earlier.value
        }
        added += 1
        return nil
    }

    /// Whether rows wait in the queue: an error on a later row must flush them first, since
    /// one of them may conflict and, being earlier in the file, is the one to report.
    var hasQueued: Bool { !queue.isEmpty }

    /// Inserts the queued rows.
    func flush() throws {
        defer { queue.removeAll(keepingCapacity: true) }
        if let many, queue.count == Self.rowsPerStatement {
            let handle = many.sqliteStatement
            // A local copy: a property changed in the loop is checked for exclusive access each time.
            var bound = boundMany
            if bound.isEmpty { bound = Array(repeating: nil, count: Self.rowsPerStatement * 7 + 1) }
            for index in queue.indices {
                bind(queue[index], to: handle, from: Int32(index * 7), bound: &bound)
            }
            boundMany = bound
            if try step(many) {
                added += queue.count
                return
            }
        }
        for entry in queue {
            if try insert(entry) {
                added += 1
            } else if let refusals {
                refusals.add(try refusal(entry))
            } else {
                throw try refusal(entry)
            }
        }
    }

    /// Binds and steps the one-row insert through SQLite's C API: GRDB's `StatementArguments`
    /// boxed every value of every row (a fifth of an import's time). False on a key conflict.
    private func insert(_ entry: Entry) throws -> Bool {
        var bound = boundSingle
        bind(entry, to: single.sqliteStatement, from: 0, bound: &bound)
        boundSingle = bound
        return try step(single)
    }

    /// `bound`: what the statement's text parameters hold, so that unchanged ones are skipped.
    private func bind(
        _ entry: Entry, to handle: OpaquePointer?, from base: Int32, bound: inout [UnsafeMutablePointer<CChar>?]
    ) {
        func bindText(
            _ text: UnsafeMutablePointer<CChar>, at index: Int32, _ bound: inout [UnsafeMutablePointer<CChar>?]
        ) {
            guard bound[Int(index)] != text else { return }
            bound[Int(index)] = text
            sqlite3_bind_text(handle, index, text, -1, nil)
        }
        sqlite3_bind_int64(handle, base + 1, entry.competitor)
        bindText(rounds[entry.roundAt], at: base + 2, &bound)
        bindText(judges[entry.judgeAt], at: base + 3, &bound)
        bindText(criteria[entry.roundAt][entry.criterionAt + 1], at: base + 4, &bound)
        sqlite3_bind_int64(handle, base + 5, entry.hundredths)
        sqlite3_bind_int64(handle, base + 6, batch)
        sqlite3_bind_int64(handle, base + 7, Int64(entry.line))
    }

    /// Runs a bound insert; false when it stopped at a key conflict (and stored nothing).
    private func step(_ statement: Statement) throws -> Bool {
        let handle = statement.sqliteStatement
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        if code == SQLITE_DONE { return true }
        let extended = ResultCode(rawValue: sqlite3_extended_errcode(db.sqliteConnection))
        if extended == .SQLITE_CONSTRAINT_PRIMARYKEY { return false }
        throw DatabaseError(
            resultCode: extended, message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
            sql: statement.sql)
    }

    private func existing(_ entry: Entry) throws -> (value: Points, batch: Int64, line: Int)? {
        let (round, judge, criterion) = ids(entry)
        let row = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT value_h, batch_id, line FROM mark
                    WHERE competitor_id = ? AND round_id = ? AND judge_id = ? AND criterion_id = ?
                    """),
            arguments: [entry.competitor, round, judge, criterion])
        return row.map { (Points(hundredths: $0["value_h"]), $0["batch_id"], $0["line"]) }
    }

    /// Who alone may change a mark stored by `batch`: the judge who typed it with a PIN (by a
    /// later typed entry of the same judge, also with the PIN), or the chief judge for a
    /// correction or a resolution. nil when `--replace` may overwrite it.
    private func protectedOwner(of earlierBatch: Int64) throws -> String? {
        guard earlierBatch != batch,
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT kind, clerk, authenticated FROM entry_batch WHERE id = ?"),
                arguments: [earlierBatch])
        else { return nil }
        let kind: String = row["kind"]
        if kind == "correct" || kind == "double-entry-resolve" { return "the chief judge" }
        guard kind == "enter", Authentication(rawValue: row["authenticated"]) == .judgePIN else { return nil }
        let mine = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT kind, authenticated FROM entry_batch WHERE id = ?"), arguments: [batch])
        // The judge typing again with the PIN (a judge's PIN covers only the judge's own marks).
        if let mine, mine["kind"] == "enter", Authentication(rawValue: mine["authenticated"]) == .judgePIN {
            return nil
        }
        return "the judge, with a PIN,"
    }

    private func protectedRefusal(
        _ entry: Entry, earlier: (value: Points, batch: Int64, line: Int), owner: String
    ) throws -> Refusal {
        let (round, judge, criterion) = ids(entry)
        let number = try String.fetchOne(
            db, sql: "SELECT number FROM competitor WHERE id = ?", arguments: [entry.competitor])
        var values = Refusal.mark(number: number ?? "?", round: round, judge: judge, criterion: criterion)
        values["stored"] = earlier.value.description
        values["owner"] = owner == "the judge, with a PIN," ? "judge \(judge) with a PIN" : owner
        return Refusal.row(
            .protectedMark, line: entry.line, field: .score, value: entry.score, values, audited: "refusal.replace")
    }

    private func ids(_ entry: Entry) -> (round: String, judge: String, criterion: String) {
        let criterion = entry.criterionAt < 0 ? "" : definitions.criterionIDs[entry.roundAt][entry.criterionAt]
        return (
            definitions.roundIDs[entry.roundAt].rawValue, definitions.competition.judges[entry.judgeAt].id.rawValue,
            criterion
        )
    }

    private func refusal(_ entry: Entry) throws -> Refusal {
        let earlier = try existing(entry)
        let (round, judge, criterion) = ids(entry)
        let number = try String.fetchOne(
            db, sql: "SELECT number FROM competitor WHERE id = ?", arguments: [entry.competitor])
        var values = Refusal.mark(number: number ?? "?", round: round, judge: judge, criterion: criterion)
        guard let earlier, earlier.batch != batch else {
            values["first"] = String(earlier?.line ?? 0)
            return Refusal.row(.givenTwice, line: entry.line, field: .score, value: entry.score, values)
        }
        let source = try String.fetchOne(
            db, sql: "SELECT file FROM entry_batch WHERE id = ?", arguments: [earlier.batch])
        values["stored"] = earlier.value.description
        if let source { (values["file"], values["line"]) = (source, String(earlier.line)) }
        return Refusal.row(.alreadyStored, line: entry.line, field: .score, value: entry.score, values)
    }
}

// MARK: One mark at a time

/// The other writes of `mark`, so that every change of the table goes through this type:
/// a mark settled by double entry, a chief judge's correction, a revert. Each leaves the old
/// value in `mark_history` through the table's update trigger.
extension MarkWriter {
    static func insert(_ mark: MarkRecord, _ db: Database) throws {
        try mark.insert(db)
    }

    static func change(_ key: MarkRecord.Key, to hundredths: Int64, batch: Int64, line: Int, _ db: Database) throws {
        try MarkRecord.filter(key).updateAll(
            db, MarkRecord.Columns.hundredths.set(to: hundredths), MarkRecord.Columns.batchID.set(to: batch),
            MarkRecord.Columns.line.set(to: line))
    }

    static func remove(_ key: MarkRecord.Key, _ db: Database) throws {
        try MarkRecord.filter(key).deleteAll(db)
    }
}
