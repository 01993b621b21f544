import ArgumentParser
import Foundation
import Messages
import Officiating

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: Phrase.helpBackup.text(),
        discussion: Phrase.discussBackup.template(in: .current))

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
