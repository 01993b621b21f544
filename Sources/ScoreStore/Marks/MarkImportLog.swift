import GRDB
import ScoringCore
import StoreValues

/// The audit records of one mark import: the marks go into records of a megabyte each,
/// so a national import of millions of marks never holds its whole log in memory.
struct MarkImportLog {
    let file: String
    let clerk: String
    let batch: Int64
    var changes = AuditChanges(capacity: recordSize + 1024)
    var rows = 0
    /// A mark's slot number is its (round, judge, criterion or none) positions, flattened.
    private let judges: Int
    private let criteriaSlots: Int

    static let recordSize = 1 << 20

    init(file: String, clerk: String, batch: Int64, competition: Competition) {
        self.file = file
        self.clerk = clerk
        self.batch = batch
        judges = competition.judges.count
        criteriaSlots = (competition.rounds.map(\.criteria.count).max() ?? 0) + 1
    }

    mutating func record(_ mark: EntryValidator.ResolvedMark, _ db: Database) throws {
        let slot = (mark.roundAt * judges + mark.judgeAt) * criteriaSlots + (mark.criterionAt ?? -1) + 1
        changes.setImportedMark(number: mark.entrant.number, slot: slot, hundredths: mark.value.hundredths) {
            (mark.roundID.rawValue, mark.judge.id.rawValue, mark.criterion?.id.rawValue ?? "")
        }
        rows += 1
        if changes.bytes.count >= Self.recordSize {
            try flush(summary: "score import \(file): \(rows) marks so far (continued)", db)
        }
    }

    mutating func finish(_ summary: ImportSummary, _ db: Database) throws {
        try flush(summary: "score import \(file): \(summary.added) added, \(summary.replaced) replaced", db)
    }

    private mutating func flush(summary: String, _ db: Database) throws {
        try ScoreDatabase.appendAudit(
            kind: "marks.import", actor: clerk, summary: summary, changes: changes, batch: batch, db)
        changes = AuditChanges(capacity: Self.recordSize + 1024)
    }
}
