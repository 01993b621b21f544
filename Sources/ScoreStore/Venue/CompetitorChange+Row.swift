import GRDB
import ScoringCore
import StoreValues

// MARK: - Database

extension CompetitorChange {
    init(_ row: Row) {
        self.init(
            batch: row["batch_id"], changes: row["changes"], reason: row["reason"], by: row["changed_by"],
            chief: (row["chief"] as String?).map { JudgeID($0) }, at: row["changed_at"])
    }
}
