import GRDB

/// One row of `recusal_allowance`: the chief judge lets a judge mark a competitor of the
/// judge's own unit, with the reason.
struct RecusalAllowanceRecord: Equatable {
    var judgeID: String
    var competitorID: Int64
    var reason: String
    var chiefID: String
    var allowedAt: String
}

// MARK: - Database

extension RecusalAllowanceRecord: FetchableRecord, TableRecord {
    static let databaseTableName = "recusal_allowance"

    enum Columns {
        static let judgeID = Column("judge_id")
        static let competitorID = Column("competitor_id")
        static let reason = Column("reason")
        static let chiefID = Column("chief_id")
        static let allowedAt = Column("allowed_at")
    }

    init(row: Row) {
        judgeID = row[Columns.judgeID]
        competitorID = row[Columns.competitorID]
        reason = row[Columns.reason]
        chiefID = row[Columns.chiefID]
        allowedAt = row[Columns.allowedAt]
    }
}
