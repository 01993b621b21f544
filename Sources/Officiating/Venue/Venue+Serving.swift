import ScoreStore

extension Venue {
    /// Opens the database at `path` for `judge serve`: one pool for the process, so the board
    /// and the sheets are read while a mark is written, with the service's own tables (sessions,
    /// request ids) added. Refuses a path without a database.
    public static func openForServing(_ path: String) throws -> Venue {
        let store = try ScoreDatabase.openPool(path: path)
        PrivateDatabaseFile.keep(path)
        return Venue(store: store, path: path)
    }

    /// Changes whenever anything that a page or the board shows changed, in this process or in
    /// another one (a clerk's import at the CLI): the last audit record's number, since every
    /// change appends one. The service polls it; no observation here sees another process.
    public func changeToken() throws -> Int64 {
        try store.auditSequence()
    }

    /// Verifies the whole audit log once as the service starts, so that a lock then checks only
    /// the records added since, while no other process wrote (`VerifiedAudit` in the store).
    public func verifyAuditForLocks() throws {
        try store.verifyAuditForLocks()
    }
}
