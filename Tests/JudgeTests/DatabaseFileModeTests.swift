import Foundation
import Testing

/// The database, its `-wal` and `-shm` files and its backups are readable by the owner only
/// (0600), whoever made them: a database from an older version, a `cp` or a restored copy is
/// made owner-only the first time `judge` opens it.
struct DatabaseFileModeTests {
    static let files = ["judge.sqlite", "judge.sqlite-wal", "judge.sqlite-shm"]

    static func mode(_ name: String, in folder: URL) throws -> Int? {
        let path = folder.appendingPathComponent(name).path
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    /// The database and whatever log files are there, made readable by everyone.
    static func loosened(_ folder: URL) throws {
        for name in files where FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) {
            try FileManager.default.setAttributes(
                [.posixPermissions: 0o644], ofItemAtPath: folder.appendingPathComponent(name).path)
        }
    }

    @Test(arguments: [
        ["status"], ["rank"],
        ["score", "enter", "--judge", "T1", "--number", "1", "--round", "theory", "--replace", "90"],
    ])
    func anExistingWorldReadableDatabaseIsMadeOwnerOnlyWhenOpened(command: [String]) throws {
        let folder = try BadInputTests.loadedFolder()
        try Self.loosened(folder)
        #expect(try Self.mode("judge.sqlite", in: folder) == 0o644)
        let outcome = try JudgeProcess.run(command, in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        for name in Self.files {
            let mode = try Self.mode(name, in: folder)
            #expect(mode == nil || mode == 0o600, "\(name): \(String(mode ?? 0, radix: 8))")
        }
        #expect(try Self.mode("judge.sqlite", in: folder) == 0o600)
    }

    @Test func aBackupOfAWorldReadableDatabaseIsOwnerOnlyAndSoIsTheDatabase() throws {
        let folder = try BadInputTests.loadedFolder()
        try Self.loosened(folder)
        let outcome = try JudgeProcess.run(["backup", "copy.sqlite"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try Self.mode("copy.sqlite", in: folder) == 0o600)
        #expect(try Self.mode("judge.sqlite", in: folder) == 0o600)
    }
}
