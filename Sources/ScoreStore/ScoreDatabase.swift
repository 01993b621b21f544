import GRDB
import Foundation

/// The one door to a competition's SQLite database. Every write is one transaction:
/// an import either stores all of its rows or none.
public final class ScoreDatabase: Sendable {
    let writer: any DatabaseWriter

    /// Opens an existing database, or an in-memory one when `path` is nil.
    /// Refuses a path where no database exists, so a typo never creates an empty one.
    public init(path: String?) throws {
        if let path {
            guard FileManager.default.fileExists(atPath: path) else { throw StoreError.noDatabase(path) }
            writer = try DatabasePool(path: path, configuration: Self.configuration)
        } else {
            writer = try DatabaseQueue(configuration: Self.configuration)
        }
        try Self.migrator.migrate(writer)
    }

    /// Creates a new database file at `path` (which must not exist yet).
    public static func create(path: String) throws -> ScoreDatabase {
        let pool = try DatabasePool(path: path, configuration: configuration)
        try migrator.migrate(pool)
        return try ScoreDatabase(writer: pool)
    }

    private init(writer: any DatabaseWriter) throws {
        self.writer = writer
    }

    static var configuration: Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        // Two judges' processes writing at once wait for each other instead of failing.
        config.busyMode = .timeout(10)
        return config
    }

    /// Ends use of the database, folding the write-ahead log into the file.
    public func close() throws {
        if let pool = writer as? DatabasePool {
            try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
            try pool.close()
        }
    }
}

/// A refusal from the store that is not tied to one row of an input file.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case noDatabase(String)
    case noCompetition
    case alreadyHasCompetition(String)

    public var description: String {
        switch self {
        case .noDatabase(let path): "no database at \(path): create one with `judge init --config FILE.yaml`"
        case .noCompetition: "the database holds no competition: load one with `judge init --config FILE.yaml`"
        case .alreadyHasCompetition(let id):
            "the database already holds competition \(id); use --force to replace it, or another --db"
        }
    }
}
