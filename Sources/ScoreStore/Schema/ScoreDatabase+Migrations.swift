import GRDB

extension ScoreDatabase {
    /// The named migrations, in the order they run.
    ///
    /// The rule from here on: a migration is never edited once merged into main. A schema change
    /// is a new named migration appended to this list, together with a test that opens a database
    /// written by the version before it (a fixture in Fixtures/upgrade/, see UpgradeTests).
    static let migrations: [Migration] = [
        Migration(id: "schema", merging: SquashedChain.identifiers, SquashedChain.createOrAdopt)
    ]

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
        /// Given the merged migrations that were applied.
        let migrate: @Sendable (Database, Set<String>) throws -> Void

        init(
            id: String, merging: Set<String> = [], _ migrate: @escaping @Sendable (Database, Set<String>) throws -> Void
        ) {
            self.id = id
            self.merging = merging
            self.migrate = migrate
        }
    }
}
