import GRDB
import GRDBSQLite
import ScoringCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Inserts marks with one prepared statement and explains a conflict by its earlier row.
final class MarkWriter {
    let db: Database
    let batch: Int64
    let replace: Bool
    let statement: Statement
    /// The round, judge and criterion ids as C strings that live as long as the writer, bound
    /// without a copy (SQLITE_STATIC); there are only a few of them.
    private var texts: [String: UnsafeMutablePointer<CChar>] = [:]
    /// What parameters 2...4 hold now: bindings survive a reset, so an unchanged id is not rebound.
    private var bound: [String?] = [nil, nil, nil]

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

    deinit {
        // The statement may still point at these until it is reset or finalized.
        sqlite3_clear_bindings(statement.sqliteStatement)
        texts.values.forEach { free($0) }
    }

    /// Returns the value replaced, if any.
    @discardableResult
    func write(_ mark: EntryValidator.ResolvedMark, _ row: MarkRow, into summary: inout ImportSummary) throws -> Points?
    {
        let criterion = mark.criterion?.id.rawValue ?? ""
        // Built only where a conflict is looked up, not for every plain insert.
        var key: StatementArguments { [mark.entrant.id, mark.round.id.rawValue, mark.judge.id.rawValue, criterion] }
        let earlier = replace ? try existing(key) : nil
        let done = try insert(mark, criterion: criterion, line: row.line)
        guard done else { throw try refusal(key, row) }
        if let earlier {
            guard earlier.batch != batch else { throw try refusal(key, row) }
            summary.replaced += 1
            return earlier.value
        }
        summary.added += 1
        return nil
    }

    /// Binds and steps the prepared insert through SQLite's C API: GRDB's `StatementArguments`
    /// boxed every value of every row (a fifth of an import's time). False on a key conflict.
    private func insert(_ mark: EntryValidator.ResolvedMark, criterion: String, line: Int) throws -> Bool {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        sqlite3_bind_int64(handle, 1, mark.entrant.id)
        bindText(mark.round.id.rawValue, at: 2)
        bindText(mark.judge.id.rawValue, at: 3)
        bindText(criterion, at: 4)
        sqlite3_bind_int64(handle, 5, mark.value.hundredths)
        sqlite3_bind_int64(handle, 6, batch)
        sqlite3_bind_int64(handle, 7, Int64(line))
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        if code == SQLITE_DONE { return true }
        let extended = ResultCode(rawValue: sqlite3_extended_errcode(db.sqliteConnection))
        if extended == .SQLITE_CONSTRAINT_PRIMARYKEY { return false }
        throw DatabaseError(
            resultCode: extended, message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
            sql: statement.sql)
    }

    private func bindText(_ text: String, at index: Int32) {
        let slot = Int(index) - 2
        guard bound[slot] != text else { return }
        let cString: UnsafeMutablePointer<CChar>
        if let known = texts[text] {
            cString = known
        } else {
            cString = strdup(text)
            texts[text] = cString
        }
        sqlite3_bind_text(statement.sqliteStatement, index, cString, -1, nil)
        bound[slot] = text
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
