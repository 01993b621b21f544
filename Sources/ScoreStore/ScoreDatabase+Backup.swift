import Foundation
import GRDB
import Messages

extension ScoreDatabase {
    /// Copies the database to `path` through SQLite's online backup: one read transaction, so
    /// the copy is the state as of one commit even while other processes write (WAL lets them
    /// go on). The copy is written to a temporary file beside `path` and renamed into place,
    /// so a failed backup leaves no half file; with `replacing`, an existing file is replaced.
    public func backup(to path: String, replacing: Bool) throws {
        let destination = URL(fileURLWithPath: path)
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp").path
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                try? FileManager.default.removeItem(atPath: temporary + suffix)
            }
        }
        // The copy holds PIN hashes and blind entries: as private as the database (0600) from
        // its first byte, and SQLite gives its journal the same mode.
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Self.backupRefusal(path, errno) }
        // Whatever the umask.
        fchmod(descriptor, 0o600)
        try? FileHandle(fileDescriptor: descriptor, closeOnDealloc: true).close()
        let copy = try DatabaseQueue(path: temporary)
        try writer.backup(to: copy)
        // Everything into the main file, so the one file renamed is the whole copy; in rollback
        // mode, so reading the copy (its `audit verify`) leaves no -wal or -shm beside it.
        try copy.writeWithoutTransaction { db in
            _ = try db.checkpoint(.truncate)
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
        }
        try copy.close()
        if replacing {
            guard rename(temporary, path) == 0 else { throw Self.backupRefusal(path, errno) }
        } else {
            // link(2) never replaces: a file that appeared meanwhile is kept.
            guard link(temporary, path) == 0 else { throw Self.backupRefusal(path, errno) }
        }
    }

    /// The copy could not be put in place: a file there already, or the system's reason.
    static func backupRefusal(_ path: String, _ code: Int32) -> Refusal {
        code == EEXIST
            ? Refusal(.backupExists, ["file": path])
            : Refusal(.backupNotWritten, SystemReason.values(code, capitalized: true).merging(["file": path]) { $1 })
    }
}
