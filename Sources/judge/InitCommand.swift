import ArgumentParser
import CompetitionConfig
import Foundation
import ScoreStore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create the database and load the competition definition.",
        discussion: "Refuses when the database already holds a competition, unless --force.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The competition file (YAML).", valueName: "file.yaml"))
    var config: String

    @Flag(help: "Replace a database that already holds a competition (its marks are lost).")
    var force = false

    func run() throws {
        let competition = try CompetitionFile.load(path: config)
        try DatabaseFile.create(at: database.path, replacing: force) { database in
            try database.saveCompetition(competition)
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
        if files.fileExists(atPath: path), !replacing {
            let existing = try ScoreDatabase(path: path, readOnly: true)
            let id = try existing.competition().id
            try existing.close()
            throw StoreError.alreadyHasCompetition(id)
        }
        let staging = path + ".new-\(ProcessInfo.processInfo.processIdentifier)"
        defer { removeDatabase(at: staging) }
        let database = try ScoreDatabase.create(path: staging)
        try fill(database)
        try database.close()
        removeDatabase(at: path)
        try files.moveItem(atPath: staging, toPath: path)
    }

    static func removeDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
