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

extension CompetitorRecord: FetchableRecord, TableRecord {
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

    init(row: Row) {
        id = row[Columns.id]
        number = row[Columns.number]
        name = row[Columns.name]
        unit = row[Columns.unit]
        tradeID = row[Columns.tradeID]
        status = row[Columns.status]
        batchID = row[Columns.batchID]
        line = row[Columns.line]
    }
}
