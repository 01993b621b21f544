import GRDB
import Messages
public import ScoringCore
public import StoreValues

extension ScoreDatabase {
    /// Every mark of a double-entry round entered but not yet counted, by trade, round and number.
    public func openDoubleEntries() throws -> [OpenDoubleEntry] {
        try writer.read { db in try Self.openDoubleEntries(trade: nil, round: nil, db) }
    }

    /// One readable line per unconfirmed mark of the trade and round (a lock blocker).
    static func doubleEntryBlockers(trade: TradeID, round: RoundID, _ db: Database) throws -> [Bilingual] {
        try openDoubleEntries(trade: trade, round: round, db).map { entry in Bilingual { entry.text(in: $0) } }
    }

    static func openDoubleEntries(trade: TradeID?, round: RoundID?, _ db: Database) throws -> [OpenDoubleEntry] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT c.trade_id, e.round_id, c.number, e.judge_id, e.criterion_id, group_concat(e.clerk, char(31)) AS clerks
                FROM (SELECT * FROM double_entry WHERE settled = 0 ORDER BY id) e
                JOIN competitor c ON c.id = e.competitor_id
                WHERE (?1 IS NULL OR c.trade_id = ?1) AND (?2 IS NULL OR e.round_id = ?2)
                GROUP BY e.competitor_id, e.round_id, e.judge_id, e.criterion_id
                ORDER BY c.trade_id, e.round_id, c.number, e.judge_id, e.criterion_id
                """,
            arguments: [trade?.rawValue, round?.rawValue])
        return rows.map { row in
            let criterion: String = row["criterion_id"]
            let clerks: String = row["clerks"]
            return OpenDoubleEntry(
                trade: TradeID(row["trade_id"]), round: RoundID(row["round_id"]),
                number: CompetitorNumber(row["number"]),
                judge: JudgeID(row["judge_id"]), criterion: criterion.isEmpty ? nil : CriterionID(criterion),
                clerks: clerks.split(separator: "\u{1F}").map(String.init))
        }
    }

    /// The chief judge settles a disagreement with the value on the paper sheet and a reason.
    /// The caller has authenticated the chief.
    /// A panel or recusal refusal is recorded, as for any other entry.
    public func resolveDoubleEntry(_ row: MarkRow, chief: JudgeID, reason: String) throws -> EnteredMark {
        try recordingRefusals(actor: chief.rawValue) { try storeResolution(row, chief: chief, reason: reason) }
    }

    private func storeResolution(_ row: MarkRow, chief: JudgeID, reason: String) throws -> EnteredMark {
        guard let reason = reason.meaningfulReason else { throw Refusal.reasonRequired }
        return try writer.write { db in
            var validator = try EntryValidator(db, rows: 1)
            let mark = try validator.mark(row)
            guard mark.round.doubleEntry else {
                throw Refusal.row(
                    .notDoubleEntry, line: row.line, field: .round, value: row.round, ["round": mark.round.id.rawValue])
            }
            let key = MarkKey(mark, number: row.number.trimmingSpaces)
            if let trade = try String.fetchOne(
                db, sql: "SELECT trade_id FROM competitor WHERE id = ?", arguments: [key.competitor])
            {
                try Self.refuseIfFinal(trade: TradeID(trade), doing: .resolveDoubleEntry, db)
            }
            let clerks = try String.fetchAll(
                db,
                sql: """
                    SELECT clerk FROM double_entry
                    WHERE competitor_id = ? AND round_id = ? AND judge_id = ? AND criterion_id = ? AND settled = 0
                    ORDER BY id
                    """,
                arguments: key.arguments)
            guard clerks.count > 1 else {
                throw Refusal.row(
                    clerks.isEmpty ? .nothingToResolve : .oneEntryOnly, line: row.line, field: .number,
                    value: row.number, key.values)
            }
            let batch = try Self.startBatch(kind: "double-entry-resolve", file: nil, clerk: chief.rawValue, db)
            var changes = AuditChanges()
            try DoubleEntryDesk.settle(key, value: mark.value, batch: batch, line: 0, clerks: clerks, db, &changes)
            try db.execute(
                sql: """
                    INSERT INTO double_entry_resolution (competitor_id, round_id, judge_id, criterion_id, chief_id, reason, resolved_at)
                    VALUES (?, ?, ?, ?, ?, ?, judge_now())
                    """,
                arguments: key.arguments + [chief.rawValue, reason])
            try Self.appendAudit(
                kind: "double-entry.resolve", actor: chief.rawValue,
                summary:
                    "\(key.what): the chief judge set \(mark.value) over disagreeing entries by \(clerks.joined(separator: ", ")): \(reason)",
                changes: changes, db)
            let entrant = mark.entrant
            return EnteredMark(
                number: CompetitorNumber(key.number), competitorName: entrant.name, unit: entrant.unit,
                status: entrant.status,
                round: mark.round, judge: mark.judge, criterion: mark.criterion, value: mark.value, replaced: nil,
                doubleEntry: .confirmed)
        }
    }
}
