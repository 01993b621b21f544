import Foundation
import Messages
import ScoreStore
public import StoreValues

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A consistent copy of the database (SQLite's online backup, safe while others write), then
/// checked like `judge audit verify`. Never over the database itself or a folder; over an
/// existing file only with `replacing`.
public struct BackupDatabase {
    public var file: String
    public var replacing: Bool

    public init(file: String, replacing: Bool) {
        self.file = file
        self.replacing = replacing
    }

    /// The copy's audit check, which passed.
    public func run(from path: String) throws -> AuditVerification {
        let source = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL
        let target = URL(fileURLWithPath: file).resolvingSymlinksInPath().standardizedFileURL
        if target.path == source.path || Self.sameFile(target.path, source.path) {
            throw Refusal(.backupIsDatabase, ["file": file, "database": path])
        }
        for suffix in ["-wal", "-shm", "-journal"] where target.path == source.path + suffix {
            throw Refusal(.backupIsPartOfDatabase, ["file": file, "database": path])
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw Refusal(.backupIsFolder, ["file": file]) }
            if !replacing { throw Refusal(.backupExists, ["file": file]) }
        }
        let folder = target.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
            throw Refusal(.backupNoFolder, ["file": file, "folder": folder])
        }
        let store = try ScoreDatabase(path: path, readOnly: true)
        PrivateDatabaseFile.keep(path)
        try store.backup(to: file, replacing: replacing)
        let check = try ScoreDatabase(path: file, readOnly: true).verifyAudit()
        if let problem = check.problem {
            throw Refusal(.backupFailsAudit, ["file": file, "problem": problem.en, "problem.zh": problem.zh])
        }
        return check
    }

    /// Two names of one file (a hard link, or a path through another folder).
    private static func sameFile(_ one: String, _ other: String) -> Bool {
        var first = stat()
        var second = stat()
        guard stat(one, &first) == 0, stat(other, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }
}
