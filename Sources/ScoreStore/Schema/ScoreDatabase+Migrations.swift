import GRDB

extension ScoreDatabase {
    /// The named migrations, in the order they run.
    ///
    /// The rule from here on: a migration is never edited once merged into main. A schema change
    /// is a new named migration appended to this list, together with a test that opens a database
    /// written by the version before it (a fixture in Fixtures/upgrade/, see UpgradeTests).
    static let migrations: [Migration] = [
        Migration(id: "schema", merging: SquashedChain.identifiers, SquashedChain.createOrAdopt),
        Migration(id: "history-clock", onlyForWrites: true, HistoryClock.migrate),
    ]

    /// Whether a read-only open may read `db` as it is, with no write to bring it up to date:
    /// each migration not applied yet is one that reads do not need, or "schema" over a
    /// database of the chain it squashed.
    static func readableAsItIs(_ db: Database) throws -> Bool {
        let applied = try migrator.appliedIdentifiers(db)
        for migration in migrations where !applied.contains(migration.id) {
            if migration.onlyForWrites { continue }
            guard !migration.merging.isEmpty, try SquashedChain.isAdoptable(db) else { return false }
        }
        return true
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            // Immediate: a migration that only creates tables has no reason to re-check every
            // foreign key of a database of millions of marks, as deferred checks would.
            migrator.registerMigration(
                migration.id, foreignKeyChecks: .immediate, merging: migration.merging, migrate: migration.migrate)
        }
        return migrator
    }

    /// One named step of the schema.
    struct Migration: Sendable {
        let id: String
        /// Migrations this one replaces (see `SquashedChain`).
        let merging: Set<String>
        /// It changes only what writes do (a trigger), so a read-only command reads a database
        /// without it as it is; the first command that writes applies it.
        let onlyForWrites: Bool
        /// Given the merged migrations that were applied.
        let migrate: @Sendable (Database, Set<String>) throws -> Void

        init(
            id: String, merging: Set<String> = [], onlyForWrites: Bool = false,
            _ migrate: @escaping @Sendable (Database, Set<String>) throws -> Void
        ) {
            self.id = id
            self.merging = merging
            self.onlyForWrites = onlyForWrites
            self.migrate = migrate
        }
    }
}
