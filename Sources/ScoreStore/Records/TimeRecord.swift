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

extension TimeRecord: IndexedRecord, TableRecord {
    static let databaseTableName = "time_used"

    enum Columns {
        static let id = Column("id")
        static let competitorID = Column("competitor_id")
        static let roundID = Column("round_id")
        static let seconds = Column("seconds")
        static let batchID = Column("batch_id")
        static let line = Column("line")
    }

    struct Indexes {
        var id, competitorID, roundID, seconds, batchID, line: Int
    }

    static func indexes(_ column: ColumnIndex) throws -> Indexes {
        Indexes(
            id: try column(Columns.id), competitorID: try column(Columns.competitorID),
            roundID: try column(Columns.roundID), seconds: try column(Columns.seconds),
            batchID: try column(Columns.batchID), line: try column(Columns.line))
    }

    init(row: Row, at indexes: Indexes) {
        id = row[indexes.id]
        competitorID = row[indexes.competitorID]
        roundID = row[indexes.roundID]
        seconds = row[indexes.seconds]
        batchID = row[indexes.batchID]
        line = row[indexes.line]
    }
}
