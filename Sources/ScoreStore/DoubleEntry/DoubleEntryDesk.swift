import GRDB
import Messages
import ScoringCore
import StoreValues

/// Takes blind entries of marks in double-entry rounds: one per clerk and mark, and the mark
/// counts (a row in `mark`) once two clerks' entries agree. Never tells a clerk another's value.
struct DoubleEntryDesk {
    let db: Database
    let batch: Int64
    let clerk: String
    private(set) var changes = AuditChanges()
    private var counts: [DoubleEntryOutcome: Int] = [:]

    init(_ db: Database, batch: Int64, clerk: String) {
        self.db = db
        self.batch = batch
        self.clerk = clerk
    }

    @discardableResult
    mutating func enter(_ mark: EntryValidator.ResolvedMark, _ row: MarkRow, into summary: inout ImportSummary) throws
        -> DoubleEntryOutcome
    {
        let key = MarkKey(mark, number: mark.entrant.number)
        if try requiresAuthentication() {
            throw Refusal.row(.doubleEntryNeedsPIN, line: row.line, field: .score, value: row.score, key.values)
        }
        // Never the value: the clerk must not learn a value by entering it again.
        if try Bool.fetchOne(
            db,
            sql: """
                SELECT EXISTS (SELECT 1 FROM mark
                WHERE competitor_id = ? AND round_id = ? AND judge_id = ? AND criterion_id = ?)
                """,
            arguments: key.arguments) == true
        {
            throw Refusal.row(.doubleEntryConfirmed, line: row.line, field: .score, value: row.score, key.values)
        }
        let open = try Row.fetchAll(
            db,
            sql: """
                SELECT value_h, clerk, batch_id, line FROM double_entry
                WHERE competitor_id = ? AND round_id = ? AND judge_id = ? AND criterion_id = ? AND settled = 0
                """,
            arguments: key.arguments)
        if let same = open.first(where: { $0["batch_id"] == batch }) {
            throw Refusal.row(
                .givenTwice, line: row.line, field: .score, value: row.score,
                key.values.merging(["first": String(same["line"] as Int)]) { $1 })
        }
        if open.contains(where: { $0["clerk"] == clerk }) {
            throw Refusal.row(
                .doubleEntrySameClerk, line: row.line, field: .score, value: row.score,
                key.values.merging(["clerk": clerk]) { $1 })
        }
        try db.execute(
            sql: """
                INSERT INTO double_entry (competitor_id, round_id, judge_id, criterion_id, value_h, clerk, batch_id, line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: key.arguments + [mark.value.hundredths, clerk, batch, row.line])
        changes.set(key.fact(clerk: clerk), to: mark.value.description)
        if open.contains(where: { $0["value_h"] == mark.value.hundredths }) {
            try Self.settle(
                key, value: mark.value, batch: batch, line: row.line,
                clerks: open.map { $0["clerk"] as String } + [clerk], db, &changes)
            summary.added += 1
            counts[.confirmed, default: 0] += 1
            return .confirmed
        }
        if open.isEmpty {
            summary.awaitingSecondEntry += 1
            counts[.awaitingSecond, default: 0] += 1
            return .awaitingSecond
        }
        summary.disagreements += 1
        counts[.disagreement, default: 0] += 1
        return .disagreement
    }

    /// With `clerks:` declared, two entries must come from two people who proved who they are.
    private func requiresAuthentication() throws -> Bool {
        try Bool.fetchOne(
            db,
            sql: """
                SELECT EXISTS (SELECT 1 FROM clerk) AND
                    (SELECT authenticated FROM entry_batch WHERE id = ?) = ''
                """, arguments: [batch]) ?? false
    }

    /// One audit record for this import's or entry's double entries: the open entries it adds,
    /// and the marks its agreements confirm. Names no values in its summary.
    func record(source: String) throws {
        guard !changes.isEmpty else { return }
        let confirmed = counts[.confirmed, default: 0]
        let awaiting = counts[.awaitingSecond, default: 0]
        let disagreeing = counts[.disagreement, default: 0]
        try ScoreDatabase.appendAudit(
            kind: "double-entry.enter", actor: clerk,
            summary:
                "\(source), clerk \(clerk): \(confirmed) confirmed, \(awaiting) awaiting a second clerk, \(disagreeing) disagreeing",
            changes: changes, batch: batch, db)
    }

    /// Stores the agreed (or chief's) value as the mark and closes the key's open entries.
    static func settle(
        _ key: MarkKey, value: Points, batch: Int64, line: Int, clerks: [String], _ db: Database,
        _ changes: inout AuditChanges
    ) throws {
        try MarkWriter.insert(
            MarkRecord(
                competitorID: key.competitor, roundID: key.round, judgeID: key.judge, criterionID: key.criterion,
                hundredths: value.hundredths, batchID: batch, line: line),
            db)
        try db.execute(
            sql: """
                UPDATE double_entry SET settled = 1
                WHERE competitor_id = ? AND round_id = ? AND judge_id = ? AND criterion_id = ? AND settled = 0
                """,
            arguments: key.arguments)
        for clerk in clerks { changes.remove(key.fact(clerk: clerk)) }
        changes.set(key.markFact, to: value.description)
    }
}
