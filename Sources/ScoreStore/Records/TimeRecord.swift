import GRDB

/// One row of `time_used`: a competitor's time in one round, in whole seconds, with the batch
/// and line it came from.
struct TimeRecord: Equatable {
    var id: Int64
    var competitorID: Int64
    var roundID: String
    var seconds: Int
    var batchID: Int64
    var line: Int
}

// MARK: - Database

extension TimeRecord: FetchableRecord, TableRecord {
    static let databaseTableName = "time_used"

    enum Columns {
        static let id = Column("id")
        static let competitorID = Column("competitor_id")
        static let roundID = Column("round_id")
        static let seconds = Column("seconds")
        static let batchID = Column("batch_id")
        static let line = Column("line")
    }

    init(row: Row) {
        id = row[Columns.id]
        competitorID = row[Columns.competitorID]
        roundID = row[Columns.roundID]
        seconds = row[Columns.seconds]
        batchID = row[Columns.batchID]
        line = row[Columns.line]
    }
}
