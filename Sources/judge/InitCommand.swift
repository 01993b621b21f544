import ArgumentParser
import CompetitionConfig
import Foundation
import ScoreStore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create the database and load the competition definition.",
        discussion: """
            Refuses when the database already holds a competition, unless --force. --force keeps the
            old file as PATH.replaced-<UTC time> and starts the new audit chain from its last hash;
            over a database with a locked round or a publication it needs the chief judge
            (--chief ID and the chief's PIN, checked against the old database).
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var clerk: ClerkOption

    @Option(help: ArgumentHelp("The competition file (YAML).", valueName: "file.yaml"))
    var config: String

    @Flag(help: "Replace a database that already holds a competition (the old file is kept, renamed).")
    var force = false

    @Option(
        help: ArgumentHelp(
            "The chief judge (裁判长) who authorizes --force over locked or published results.", valueName: "judge id"
        ))
    var chief: String?

    func run() throws {
        let competition = try CompetitionFile.load(path: config)
        let replaced = force ? try DatabaseFile.authorizeReplacing(database.path, chief: chief) : nil
        try DatabaseFile.create(at: database.path, replacing: force, keepingOld: replaced?.keptAt) { database in
            try database.saveCompetition(competition, by: clerk.name, replacing: replaced)
        }
        if let replaced {
            print(
                "kept the old database as \(replaced.keptAt) (audit record \(replaced.lastRecord) continues the new chain)"
            )
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
    /// `keepingOld`: where the database at `path` is moved, just before the new one takes its place.
    static func create(
        at path: String, replacing: Bool, keepingOld: String? = nil, fill: (ScoreDatabase) throws -> Void
    ) throws {
        let files = FileManager.default
        if files.fileExists(atPath: path), !replacing, let id = try storedCompetitionID(at: path) {
            throw StoreError.alreadyHasCompetition(id)
        }
        let staging = path + ".new-\(ProcessInfo.processInfo.processIdentifier)"
        defer { removeDatabase(at: staging) }
        let database = try ScoreDatabase.create(path: staging)
        try fill(database)
        try database.close()
        if let keepingOld {
            guard rename(path, keepingOld) == 0 else {
                throw UserError(
                    "cannot keep the old database as \(keepingOld): \(String(cString: strerror(errno))); nothing was replaced"
                )
            }
        }
        // An old log must not be replayed into the new file; then one atomic rename.
        for suffix in ["-wal", "-shm"] { try? files.removeItem(atPath: path + suffix) }
        guard rename(staging, path) == 0 else {
            throw UserError("cannot move the new database to \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Before `init --force`: the database at `path` that will be kept, and whose chain the new
    /// one continues; nil when there is none to keep (no file, or no competition in it). A
    /// database with a locked round or a publication is replaced only on the chief judge's word.
    static func authorizeReplacing(_ path: String, chief: String?) throws -> ReplacedDatabase? {
        guard try storedCompetitionID(at: path) != nil else { return nil }
        let old = try ScoreDatabase(path: path)
        let competition = try old.competition()
        let work = try old.signedOffWork()
        if !work.isEmpty {
            guard let chief else {
                throw UserError(
                    "\(path) holds \(work.joined(separator: " and ")) of \(competition.name): replacing it needs the chief judge: add --chief ID (and the chief's PIN); the old file is then kept, renamed"
                )
            }
            _ = try ChiefOptions(chief: chief).authenticate(old, for: "judge init --force")
        }
        let head = try old.auditHead()
        try old.close()
        let stamp = ISO8601DateFormatter.string(
            from: Date(), timeZone: TimeZone(identifier: "UTC")!,
            formatOptions: [.withYear, .withMonth, .withDay, .withTime, .withTimeZone])
        return ReplacedDatabase(
            keptAt: "\(path).replaced-\(stamp)", lastRecord: head?.record ?? 0,
            lastHash: head?.hash ?? String(repeating: "0", count: 64), competition: competition.id)
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
