import GRDB
import GRDBSQLite
import Messages
import ScoringCore
public import StoreValues

extension ScoreDatabase {
    /// Adds competitors, all or none. `nextRow` streams the file; every refused row is kept, and
    /// the import goes on to find the rest before it throws them all (`Refusals`).
    public func importRoster(
        file: String, clerk: String, authenticated: Authentication? = nil, nextRow: () throws -> RosterRow?
    ) throws -> ImportSummary {
        try writer.write { db in
            let competition = try Self.competition(db)
            let batch = try Self.startBatch(
                kind: "roster", file: file, clerk: clerk, authenticated: authenticated, db)
            let trades = NameLookup(ids: competition.trades.map(\.id.rawValue), names: competition.trades.map(\.name))
            let insert = try db.makeStatement(
                sql: """
                    INSERT INTO competitor (number, name, unit, trade_id, status, batch_id, line)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
            var summary = ImportSummary()
            var changes = AuditChanges()
            let closed = try Self.tradesClosedToEntries(db)
            // One row; a refusal goes to `refusals` and the next row is read.
            func store(_ row: RosterRow) throws {
                let number = row.number.compatibilityForm.trimmingSpaces
                guard !number.isEmpty else {
                    throw Refusal.row(.missingField, line: row.line, field: .number, value: row.number)
                }
                let name = row.name.trimmingSpaces
                guard !name.isEmpty else {
                    throw Refusal.row(.missingField, line: row.line, field: .name, value: row.name)
                }
                let tradeAt = try trades.position(of: row.trade, unknown: .unknownTrade, line: row.line, field: .trade)
                let trade = trades.ids[tradeAt]
                if let why = closed[trade] {
                    throw Refusal.row(
                        .tradeClosedToEntries, line: row.line, field: .trade, value: row.trade,
                        why.values.merging(["trade": trade]) { $1 })
                }
                guard let status = Competitor.Status(written: row.status) else {
                    throw Refusal.row(.unknownStatus, line: row.line, field: .status, value: row.status)
                }
                do {
                    try insert.execute(arguments: [
                        number, name, row.unit.trimmingSpaces, trade, status.rawValue, batch, row.line,
                    ])
                } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                    // SQLite keeps a failed step's error until the statement is reset; the next
                    // row must not inherit it (the import goes on to list every refused row).
                    sqlite3_reset(insert.sqliteStatement)
                    let earlier = try Row.fetchOne(
                        db, sql: "SELECT name, batch_id, line FROM competitor WHERE number = ?", arguments: [number])
                    throw earlier?["batch_id"] == batch
                        ? Refusal.row(
                            .numberGivenTwice, line: row.line, field: .number, value: row.number,
                            ["number": number, "first": String(earlier?["line"] ?? 0)])
                        : Refusal.row(
                            .numberTaken, line: row.line, field: .number, value: row.number,
                            ["number": number, "name": earlier?["name"] ?? ""])
                }
                changes.set(
                    CompetitorFacts.fact(number: number),
                    to: CompetitorFacts.value(
                        trade: trade, status: status.rawValue, name: name, unit: row.unit.trimmingSpaces))
                summary.added += 1
            }
            let refusals = RefusalList()
            while let row = try refusals.next(nextRow) {
                try refusals.collecting { try store(row) }
            }
            try refusals.throwIfAny()
            try Self.appendAudit(
                kind: "roster.import", actor: clerk, summary: "roster import \(file): \(summary.added) competitors",
                changes: changes, batch: batch, db)
            return summary
        }
    }

    /// `authenticated`: how the one named proved it with a PIN for this batch, nil when they did not.
    static func startBatch(
        kind: String, file: String?, clerk: String, authenticated: Authentication? = nil, _ db: Database
    ) throws -> Int64 {
        try db.cachedStatement(
            sql:
                "INSERT INTO entry_batch (kind, file, clerk, authenticated, started_at) VALUES (?, ?, ?, ?, judge_now())"
        ).execute(arguments: [kind, file, clerk, authenticated.column])
        return db.lastInsertedRowID
    }
}

extension String {
    var trimmingSpaces: String {
        // Nearly every field has nothing to trim: no new string then.
        let untouched = utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, let last = bytes.last else { return true }
            return first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09
        }
        if untouched == true { return self }
        guard let first = firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(self[first...last])
    }
}

extension Array where Element == String {
    /// `a, b, c`, shortened for messages when long.
    var listed: String {
        count <= 12 ? joined(separator: ", ") : prefix(12).joined(separator: ", ") + ", … (\(count) in all)"
    }
}
