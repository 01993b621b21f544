import GRDB

/// One row of `publication_file`: a file written with a published version, by its SHA-256.
struct PublicationFileRecord: Equatable {
    var publicationID: Int64
    var name: String
    var sha256: String
}

// MARK: - Database

extension PublicationFileRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "publication_file"

    enum Columns {
        static let publicationID = Column("publication_id")
        static let name = Column("name")
        static let sha256 = Column("sha256")
    }

    init(row: Row) {
        publicationID = row[Columns.publicationID]
        name = row[Columns.name]
        sha256 = row[Columns.sha256]
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.publicationID] = publicationID
        container[Columns.name] = name
        container[Columns.sha256] = sha256
    }
}
