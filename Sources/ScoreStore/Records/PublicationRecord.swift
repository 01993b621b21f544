import Foundation
import GRDB

/// One row of `publication`: a published version of a trade's result sheet, its bytes, and
/// when it was made final (UTC text).
struct PublicationRecord: Equatable {
    var id: Int64?
    var tradeID: String
    var version: Int
    var sheet: Data
    var sheetSHA256: String
    var publishedAt: String
    var noticeEndsAt: String
    var publishedBy: String
    var finalAt: String?
    var finalBy: String?
}

// MARK: - Database

extension PublicationRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "publication"

    enum Columns {
        static let id = Column("id")
        static let tradeID = Column("trade_id")
        static let version = Column("version")
        static let sheet = Column("sheet")
        static let sheetSHA256 = Column("sheet_sha256")
        static let publishedAt = Column("published_at")
        static let noticeEndsAt = Column("notice_ends_at")
        static let publishedBy = Column("published_by")
        static let finalAt = Column("final_at")
        static let finalBy = Column("final_by")
    }

    init(row: Row) {
        id = row[Columns.id]
        tradeID = row[Columns.tradeID]
        version = row[Columns.version]
        // An empty BLOB reads as NULL.
        sheet = row[Columns.sheet] ?? Data()
        sheetSHA256 = row[Columns.sheetSHA256]
        publishedAt = row[Columns.publishedAt]
        noticeEndsAt = row[Columns.noticeEndsAt]
        publishedBy = row[Columns.publishedBy]
        finalAt = row[Columns.finalAt]
        finalBy = row[Columns.finalBy]
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = id
        container[Columns.tradeID] = tradeID
        container[Columns.version] = version
        container[Columns.sheet] = sheet
        container[Columns.sheetSHA256] = sheetSHA256
        container[Columns.publishedAt] = publishedAt
        container[Columns.noticeEndsAt] = noticeEndsAt
        container[Columns.publishedBy] = publishedBy
        container[Columns.finalAt] = finalAt
        container[Columns.finalBy] = finalBy
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
