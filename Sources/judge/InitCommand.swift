import ArgumentParser
import CompetitionConfig
import Foundation
import ScoreStore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create the database and load the competition definition.",
        discussion: "Refuses when the database already holds a competition, unless --force.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var clerk: ClerkOption

    @Option(help: ArgumentHelp("The competition file (YAML).", valueName: "file.yaml"))
    var config: String

    @Flag(help: "Replace a database that already holds a competition (its marks are lost).")
    var force = false

    func run() throws {
        let competition = try CompetitionFile.load(path: config)
        try DatabaseFile.create(at: database.path, replacing: force) { database in
            try database.saveCompetition(competition, by: clerk.name)
        }
        print(
            "created \(database.path): \(competition.name) (\(competition.id)),",
            "\(competition.trades.count) trades, \(competition.rounds.count) rounds, \(competition.judges.count) judges"
        )
    }
}

/// Builds a new database beside its final path and moves it into place only when
/// complete, so a refused `init` leaves no database behind and an old one untouched.
enum DatabaseFile {
    static func create(at path: String, replacing: Bool, fill: (ScoreDatabase) throws -> Void) throws {
        let files = FileManager.default
        if files.fileExists(atPath: path), !replacing, let id = try storedCompetitionID(at: path) {
            throw StoreError.alreadyHasCompetition(id)
        }
        let staging = path + ".new-\(ProcessInfo.processInfo.processIdentifier)"
        defer { removeDatabase(at: staging) }
        let database = try ScoreDatabase.create(path: staging)
        try fill(database)
        try database.close()
        // An old log must not be replayed into the new file; then one atomic rename.
        for suffix in ["-wal", "-shm"] { try? files.removeItem(atPath: path + suffix) }
        guard rename(staging, path) == 0 else {
            throw UserError("cannot move the new database to \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// The competition a database at `path` holds; nil when it holds none (an empty file or database).
    private static func storedCompetitionID(at path: String) throws -> String? {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size > 0 else { return nil }
        do {
            return try ScoreDatabase(path: path, readOnly: true).competition().id
        } catch StoreError.noCompetition {
            return nil
        }
    }

    static func removeDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
