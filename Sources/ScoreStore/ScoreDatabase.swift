import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one door to a competition's SQLite database. Every write is one transaction:
/// an import either stores all of its rows or none.
public final class ScoreDatabase: Sendable {
    let writer: any DatabaseWriter
    /// Stamps every time this store writes.
    let clock: StoreClock

    /// Opens an existing database, or an in-memory one when `path` is nil. Refuses a path
    /// where no database exists, so a typo never creates an empty one. A `readOnly`
    /// database cannot change, whatever the command does. `clock` stamps every write.
    public init(path: String?, readOnly: Bool = false, clock: StoreClock = .system) throws {
        self.clock = clock
        guard let path else {
            writer = try DatabaseQueue(configuration: Self.configuration(readOnly: false, clock: clock))
            try Self.migrator.migrate(writer)
            return
        }
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.noDatabase(path) }
        writer = try DatabaseQueue(path: path, configuration: Self.configuration(readOnly: readOnly, clock: clock))
        do {
            if readOnly {
                // A database of the squashed chain needs no write while "schema" is the last migration.
                let upToDate = try writer.read { db in
                    try Self.migrator.hasCompletedMigrations(db)
                        || (Self.migrations.count == 1 && SquashedChain.isAdoptable(db))
                }
                guard upToDate else { throw StoreError.notUpToDate(path) }
            } else {
                try Self.migrator.migrate(writer)
            }
        } catch let mismatch as SquashedChain.Mismatch {
            throw StoreError.cannotUpgrade(path, mismatch.reason)
        }
    }

    /// Creates a new database file at `path` (which must not exist yet), in WAL mode.
    public static func create(path: String, clock: StoreClock = .system) throws -> ScoreDatabase {
        // Owner-only (0600) whatever the umask: SQLite gives the -wal and -shm files it makes
        // later the mode of the database file.
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.cannotCreate(path, String(cString: strerror(errno)))
        }
        fchmod(descriptor, 0o600)
        try? FileHandle(fileDescriptor: descriptor, closeOnDealloc: true).close()
        let queue = try DatabaseQueue(path: path, configuration: configuration(readOnly: false, clock: clock))
        // Set once here: the mode is kept in the file. GRDB's own WAL set-up would write
        // on every open, and a refused import must leave the file byte for byte as it was.
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
        try migrator.migrate(queue)
        return try ScoreDatabase(writer: queue, clock: clock)
    }

    private init(writer: any DatabaseWriter, clock: StoreClock) throws {
        self.writer = writer
        self.clock = clock
    }

    static func configuration(readOnly: Bool, clock: StoreClock) -> Configuration {
        var config = Configuration()
        config.prepareDatabase { db in clock.install(in: db) }
        config.readonly = readOnly
        config.foreignKeysEnabled = true
        // Two judges' processes writing at once wait for each other instead of failing.
        config.busyMode = .timeout(10)
        if ProcessInfo.processInfo.environment["JUDGE_SQL_TRACE"] != nil {
            config.prepareDatabase { db in db.trace { FileHandle.standardError.write(Data("SQL: \($0)\n".utf8)) } }
        }
        return config
    }

    /// Ends use of the database, folding the write-ahead log into the file.
    public func close() throws {
        guard let queue = writer as? DatabaseQueue, !queue.configuration.readonly else { return }
        // Everything is committed already; a reader in another process may hold the log
        // open, and then the log is folded in later. That is no reason to report a failure.
        try? queue.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        try? queue.close()
    }
}

/// A refusal from the store that is not tied to one row of an input file.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case noDatabase(String)
    case noCompetition
    case alreadyHasCompetition(String)
    case notUpToDate(String)
    /// Made before the schema was squashed, by part of the old chain of migrations.
    case cannotUpgrade(String, String)
    case invalidCompetition(String)
    case notRecused(String)
    case cannotCreate(String, String)
    /// A chief judge acting on his own marks: another chief must.
    case ownMarks(String)

    public var description: String {
        switch self {
        case .noDatabase(let path): "no database at \(path): create one with `judge init --config FILE.yaml`"
        case .noCompetition: "the database holds no competition: load one with `judge init --config FILE.yaml`"
        case .invalidCompetition(let problem):
            "the competition stored in the database is not valid (\(problem)); was it edited by hand? Load it again with `judge init --force`"
        case .notUpToDate(let path):
            "\(path) was made by an older judge: run any import or `judge score enter` once to bring it up to date"
        case .cannotUpgrade(let path, let reason):
            "\(path) was made by an older judge and cannot be brought up to date (\(reason)): create a new database with `judge init --config FILE.yaml` and import the roster, marks and times again"
        case .notRecused(let problem): problem
        case .ownMarks(let problem): problem
        case .cannotCreate(let path, let reason): "cannot create the database \(path): \(reason)"
        case .alreadyHasCompetition(let id):
            "the database already holds competition \(id); use --force to replace it, or another --db"
        }
    }
}
