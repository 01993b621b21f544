import ArgumentParser
import Foundation
import ScoreStore

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the database, safe while other commands are using it.",
        discussion: """
            Uses SQLite's online backup: the copy is the database as of one moment, even while
            clerks import or judges type marks. The copy is then checked with `judge audit verify`.
            Run it after every import session, before and after locking and publishing, and at the
            end of each day; keep copies on another disk (a USB stick), one file per time:
              judge backup backups/$(date +%Y%m%d-%H%M).sqlite
            To use a copy, point --db (or $JUDGE_DB) at it.
            """)

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Replace FILE if it exists.")
    var force = false

    @Argument(help: ArgumentHelp("Where to write the copy; it must not exist (unless --force).", valueName: "file"))
    var file: String

    func run() throws {
        let source = URL(fileURLWithPath: database.path).resolvingSymlinksInPath().standardizedFileURL
        let target = URL(fileURLWithPath: file).resolvingSymlinksInPath().standardizedFileURL
        if target.path == source.path || Self.sameFile(target.path, source.path) {
            throw UserError("\(file): this is the database itself (\(database.path)); give another file for the copy")
        }
        for suffix in ["-wal", "-shm", "-journal"] where target.path == source.path + suffix {
            throw UserError("\(file): this is part of the database itself (\(database.path)); give another file")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) {
            if isFolder.boolValue {
                throw UserError("\(file): is a folder; give a file name, e.g. \(file)/judge-backup.sqlite")
            }
            if !force {
                throw UserError("\(file) exists already; choose another file, or --force to replace it")
            }
        }
        let folder = target.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
            throw UserError(
                "\(file): the folder \(folder) does not exist (is the USB stick plugged in?); create it or give another path"
            )
        }
        let store = try database.openForReading()
        try store.backup(to: file, replacing: force)
        let check = try ScoreDatabase(path: file, readOnly: true).verifyAudit()
        guard let problem = check.problem else {
            print("backup written to \(file): audit OK: \(check.records) records, \(check.facts) facts agree")
            return
        }
        throw UserError(
            "backup written to \(file), but it fails `judge audit verify` (so does the database): \(problem)")
    }

    /// Two names of one file (a hard link, or a path through another folder).
    private static func sameFile(_ one: String, _ other: String) -> Bool {
        var first = stat()
        var second = stat()
        guard stat(one, &first) == 0, stat(other, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }
}
