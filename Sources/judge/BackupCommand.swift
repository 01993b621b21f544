import ArgumentParser
import Foundation
import Messages
import Officiating

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: Phrase.helpBackup.text(),
        discussion: """
            Uses SQLite's online backup: the copy is the database as of one moment, even while
            clerks import or judges type marks. The copy is then checked with `judge audit verify`.
            Run it after every import session, before and after locking and publishing, and at the
            end of each day; keep copies on another disk (a USB stick), one file per time:
              judge backup backups/$(date +%Y%m%d-%H%M).sqlite
            To use a copy, point --db (or $JUDGE_DB) at it.
            """)

    @OptionGroup var database: DatabaseOptions

    @Flag(help: ArgumentHelp(Phrase.optionReplaceFile.text()))
    var force = false

    @Argument(help: ArgumentHelp(Phrase.argBackupFile.text(), valueName: "file"))
    var file: String

    func run() throws {
        let check = try BackupDatabase(file: file, replacing: force).run(from: database.path)
        print(
            Phrase.backupWritten.text(["file": file, "records": String(check.records), "facts": String(check.facts)]))
    }
}
