import GRDB
import ScoringCore
import Synchronization

/// The competition definition as this process's entries last read it. Reading it is 13 queries
/// and a check of the rules, yet every typed mark needs it and only `judge init` writes it. So
/// a typed mark re-reads it only when another connection committed since it was read (the CLI,
/// another process, a hand edit): `PRAGMA data_version` on the connection that writes the marks
/// tells, and this process writes through that connection alone.
final class DefinitionCache: Sendable {
    private struct Entry: Sendable {
        /// The write connection's `data_version` when read there; nil when read elsewhere.
        let version: Int64?
        let definitions: EntryValidator.Definitions
    }

    private let entry = Mutex<Entry?>(nil)

    /// Inside a write transaction: the definition as committed, re-read when another connection
    /// has committed since the last read.
    func definitions(_ db: Database) throws -> EntryValidator.Definitions {
        let version = try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA data_version"))
        if let known = entry.withLock({ $0 }), known.version == version, version != nil {
            return known.definitions
        }
        let fresh = EntryValidator.Definitions(try ScoreDatabase.competition(db))
        entry.withLock { $0 = Entry(version: version, definitions: fresh) }
        return fresh
    }

    /// The last definition read, for checks that a write transaction makes again; `read` when
    /// none was read yet.
    func latest(orRead read: () throws -> Competition) throws -> Competition {
        if let known = entry.withLock({ $0 }) { return known.definitions.competition }
        let competition = try read()
        entry.withLock { entry in
            if entry == nil { entry = Entry(version: nil, definitions: EntryValidator.Definitions(competition)) }
        }
        return competition
    }
}
