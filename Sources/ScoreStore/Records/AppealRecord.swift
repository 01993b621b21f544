import GRDB
import ScoringCore
import StoreValues

/// One row of `appeal`: an appeal against the version under notice when it was made, and the
/// chief judge's ruling; times as UTC text.
struct AppealRecord: Equatable {
    var id: Int64?
    var tradeID: String
    var version: Int
    var number: String
    var reason: String
    var filedBy: String
    var filedAt: String
    var ruling: String?
    var ruledBy: String?
    var ruledAt: String?

    /// The appeal as the use cases see it; an unreadable time reads as the distant past.
    var appeal: Appeal {
        Appeal(
            id: id ?? 0, trade: TradeID(tradeID), version: version, number: CompetitorNumber(number), reason: reason,
            filedBy: filedBy, filedAt: storedDate(filedAt), ruling: ruling, ruledBy: ruledBy.map { JudgeID($0) },
            ruledAt: ruledAt.map(storedDate))
    }
}

// MARK: - Database

extension AppealRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "appeal"

    enum Columns {
        static let id = Column("id")
        static let tradeID = Column("trade_id")
        static let version = Column("version")
        static let number = Column("number")
        static let reason = Column("reason")
        static let filedBy = Column("filed_by")
        static let filedAt = Column("filed_at")
        static let ruling = Column("ruling")
        static let ruledBy = Column("ruled_by")
        static let ruledAt = Column("ruled_at")
    }

    init(row: Row) {
        id = row[Columns.id]
        tradeID = row[Columns.tradeID]
        version = row[Columns.version]
        number = row[Columns.number]
        reason = row[Columns.reason]
        filedBy = row[Columns.filedBy]
        filedAt = row[Columns.filedAt]
        ruling = row[Columns.ruling]
        ruledBy = row[Columns.ruledBy]
        ruledAt = row[Columns.ruledAt]
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = id
        container[Columns.tradeID] = tradeID
        container[Columns.version] = version
        container[Columns.number] = number
        container[Columns.reason] = reason
        container[Columns.filedBy] = filedBy
        container[Columns.filedAt] = filedAt
        container[Columns.ruling] = ruling
        container[Columns.ruledBy] = ruledBy
        container[Columns.ruledAt] = ruledAt
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
