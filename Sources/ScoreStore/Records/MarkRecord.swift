import GRDB

/// One row of `mark`: a judge's mark of one competitor in one round (and criterion, '' for
/// none), in hundredths, with the batch and line it came from.
struct MarkRecord: Equatable {
    var competitorID: Int64
    var roundID: String
    var judgeID: String
    var criterionID: String
    var hundredths: Int64
    var batchID: Int64
    var line: Int

    /// What a mark is: the table's primary key.
    struct Key: Equatable {
        var competitorID: Int64
        var roundID: String
        var judgeID: String
        var criterionID: String
    }
}

// MARK: - Database

extension MarkRecord: IndexedRecord, PersistableRecord {
    static let databaseTableName = "mark"

    enum Columns {
        static let competitorID = Column("competitor_id")
        static let roundID = Column("round_id")
        static let judgeID = Column("judge_id")
        static let criterionID = Column("criterion_id")
        static let hundredths = Column("value_h")
        static let batchID = Column("batch_id")
        static let line = Column("line")
    }

    struct Indexes {
        var competitorID, roundID, judgeID, criterionID, hundredths, batchID, line: Int
    }

    static func indexes(_ column: ColumnIndex) throws -> Indexes {
        Indexes(
            competitorID: try column(Columns.competitorID), roundID: try column(Columns.roundID),
            judgeID: try column(Columns.judgeID), criterionID: try column(Columns.criterionID),
            hundredths: try column(Columns.hundredths), batchID: try column(Columns.batchID),
            line: try column(Columns.line))
    }

    init(row: Row, at indexes: Indexes) {
        competitorID = row[indexes.competitorID]
        roundID = row[indexes.roundID]
        judgeID = row[indexes.judgeID]
        criterionID = row[indexes.criterionID]
        hundredths = row[indexes.hundredths]
        batchID = row[indexes.batchID]
        line = row[indexes.line]
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.competitorID] = competitorID
        container[Columns.roundID] = roundID
        container[Columns.judgeID] = judgeID
        container[Columns.criterionID] = criterionID
        container[Columns.hundredths] = hundredths
        container[Columns.batchID] = batchID
        container[Columns.line] = line
    }

    static func filter(_ key: Key) -> QueryInterfaceRequest<MarkRecord> {
        filter(
            Columns.competitorID == key.competitorID && Columns.roundID == key.roundID
                && Columns.judgeID == key.judgeID && Columns.criterionID == key.criterionID)
    }
}
