import Foundation
import GRDB
import Messages

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
    /// The competition definition as typed marks last read it (`DefinitionCache`).
    let definitionCache = DefinitionCache()
    /// The audit log's head as this process last verified it, for the lock's gate.
    let verifiedAudit = VerifiedAudit()

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
        guard FileManager.default.fileExists(atPath: path) else { throw Refusal(.noDatabase, ["database": path]) }
        writer = try Self.opening(path) {
            try DatabaseQueue(path: path, configuration: Self.configuration(readOnly: readOnly, clock: clock))
        }
        do {
            if readOnly {
                let upToDate = try writer.read { db in
                    try Self.migrator.hasCompletedMigrations(db) || Self.readableAsItIs(db)
                }
                guard upToDate else { throw Refusal(.notUpToDate, ["database": path]) }
            } else {
                try Self.migrator.migrate(writer)
            }
        } catch let mismatch as SquashedChain.Mismatch {
            throw Refusal(.cannotUpgrade, ["database": path, "reason": mismatch.reason])
        }
    }

    /// Creates a new database file at `path` (which must not exist yet), in WAL mode.
    public static func create(path: String, clock: StoreClock = .system) throws -> ScoreDatabase {
        // Owner-only (0600) whatever the umask: SQLite gives the -wal and -shm files it makes
        // later the mode of the database file.
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw Refusal(
                .cannotCreateDatabase, SystemReason.values(errno, capitalized: true).merging(["database": path]) { $1 })
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

    /// Opens the file at `path` with `open`: a file that is not an SQLite database (a CSV given
    /// as --db, a folder, a damaged file) is refused by name rather than in SQLite's English.
    static func opening<Writer>(_ path: String, _ open: () throws -> Writer) throws -> Writer {
        do {
            return try open()
        } catch let error as DatabaseError {
            let code = error.resultCode.rawValue
            throw Refusal(
                .notADatabase,
                [
                    "database": path, "reason": "SQLite error \(code): \(error.message ?? "")",
                    "reason.zh": "SQLite 错误 \(code)",
                ])
        }
    }

    init(writer: any DatabaseWriter, clock: StoreClock = .system) throws {
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
