import GRDB
import ScoringCore

/// One row of `competitor`: a competitor on the roster, with the batch and line that brought it.
struct CompetitorRecord: Equatable {
    var id: Int64
    var number: String
    var name: String
    var unit: String
    var tradeID: String
    var status: String
    var batchID: Int64
    var line: Int

    /// The scoring core's competitor; an unknown status (edited by hand) counts as active.
    var competitor: Competitor {
        Competitor(
            number: CompetitorNumber(number), name: name, unit: unit, trade: TradeID(tradeID),
            status: Competitor.Status(rawValue: status) ?? .active)
    }
}

// MARK: - Database

extension CompetitorRecord: IndexedRecord, TableRecord {
    static let databaseTableName = "competitor"

    enum Columns {
        static let id = Column("id")
        static let number = Column("number")
        static let name = Column("name")
        static let unit = Column("unit")
        static let tradeID = Column("trade_id")
        static let status = Column("status")
        static let batchID = Column("batch_id")
        static let line = Column("line")
    }

    struct Indexes {
        var id, number, name, unit, tradeID, status, batchID, line: Int
    }

    static func indexes(_ column: ColumnIndex) throws -> Indexes {
        Indexes(
            id: try column(Columns.id), number: try column(Columns.number), name: try column(Columns.name),
            unit: try column(Columns.unit), tradeID: try column(Columns.tradeID),
            status: try column(Columns.status), batchID: try column(Columns.batchID),
            line: try column(Columns.line))
    }

    init(row: Row, at indexes: Indexes) {
        id = row[indexes.id]
        number = row[indexes.number]
        name = row[indexes.name]
        unit = row[indexes.unit]
        tradeID = row[indexes.tradeID]
        status = row[indexes.status]
        batchID = row[indexes.batchID]
        line = row[indexes.line]
    }
}
