import Foundation
import Messages
import ScoreStore
import ScoringCore
import StoreValues

/// Builds a new database beside its final path and moves it into place only when
/// complete, so a refused `init` leaves no database behind and an old one untouched.
enum DatabaseFile {
    /// `keepingOld`: where the database at `path` is moved, just before the new one takes its place.
    static func create(
        at path: String, replacing: Bool, keepingOld: String? = nil, fill: (ScoreDatabase) throws -> Void
    ) throws {
        let files = FileManager.default
        if files.fileExists(atPath: path), !replacing, let id = try storedCompetitionID(at: path) {
            throw Refusal(.alreadyHasCompetition, ["competition": id])
        }
        let staging = path + ".new-\(ProcessInfo.processInfo.processIdentifier)"
        defer { removeDatabase(at: staging) }
        let database = try ScoreDatabase.create(path: staging)
        try fill(database)
        try database.close()
        if let keepingOld {
            guard rename(path, keepingOld) == 0 else {
                throw Refusal(
                    .cannotKeepOld, SystemReason.values(errno, capitalized: true).merging(["file": keepingOld]) { $1 })
            }
            // It holds marks and PIN hashes: owner-only, even if an older version made it 0644.
            chmod(keepingOld, 0o600)
        }
        // An old log must not be replayed into the new file; then one atomic rename.
        for suffix in ["-wal", "-shm"] { try? files.removeItem(atPath: path + suffix) }
        guard rename(staging, path) == 0 else {
            throw Refusal(.cannotMoveNew, SystemReason.values(errno, capitalized: true).merging(["file": path]) { $1 })
        }
    }

    /// Before `init --force`: the database at `path` that will be kept, and whose chain the new
    /// one continues; nil when there is none to keep (no file, or no competition in it). A
    /// database with a locked round or a publication is replaced only on the chief judge's word.
    static func authorizeReplacing(_ path: String, chief: JudgeID?, pin: PINReader) throws -> ReplacedDatabase? {
        guard try storedCompetitionID(at: path) != nil else { return nil }
        let old = try ScoreDatabase(path: path)
        let competition = try old.competition()
        let work = try old.signedOffWork()
        if !work.isEmpty {
            guard let chief else {
                throw Refusal(
                    .replacingNeedsChief,
                    [
                        "file": path, "competition": competition.name,
                        "work": work.map { $0.en }.joined(separator: " and "),
                        "work.zh": work.map { $0.zh }.joined(separator: "、"),
                    ])
            }
            _ = try AuthorizeChief(chief: chief, action: "judge init --force").run(
                in: Venue(store: old, path: path), pin: pin)
        }
        let head = try old.auditHead()
        let now = old.now()
        try old.close()
        let stamp = ISO8601DateFormatter.string(
            from: now, timeZone: TimeZone(identifier: "UTC")!,
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
        } catch let refusal as Refusal where refusal.code == .noCompetition {
            return nil
        }
    }

    static func removeDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
