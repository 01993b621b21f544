import GRDB

/// One row of `web_session`: a signed-in tablet or console, found by the SHA-256 of its
/// cookie; times in Unix seconds.
struct WebSessionRecord: Equatable {
    var tokenHash: String
    var judgeID: String
    var csrf: String
    var createdAt: Int64
    var expiresAt: Int64
}

// MARK: - Database

extension WebSessionRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "web_session"

    enum Columns {
        static let tokenHash = Column("token_hash")
        static let judgeID = Column("judge_id")
        static let csrf = Column("csrf")
        static let createdAt = Column("created_at")
        static let expiresAt = Column("expires_at")
    }

    init(row: Row) {
        tokenHash = row[Columns.tokenHash]
        judgeID = row[Columns.judgeID]
        csrf = row[Columns.csrf]
        createdAt = row[Columns.createdAt]
        expiresAt = row[Columns.expiresAt]
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.tokenHash] = tokenHash
        container[Columns.judgeID] = judgeID
        container[Columns.csrf] = csrf
        container[Columns.createdAt] = createdAt
        container[Columns.expiresAt] = expiresAt
    }
}
