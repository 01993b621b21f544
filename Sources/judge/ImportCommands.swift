import ArgumentParser
import Messages
import Officiating

struct Roster: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster", abstract: Phrase.helpRoster.text(), subcommands: [RosterImport.self])
}

struct RosterImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        // The template as it is: its [,status] is literal, not an optional part to fill.
        abstract: Phrase.abstractRosterImport.template(in: .current),
        discussion: Phrase.discussRosterImport.template(in: .current))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var clerk: ClerkOption

    @Argument(help: ArgumentHelp(Phrase.argRosterFile.text(), valueName: "file.csv"))
    var file: String

    func run() throws {
        let venue = try database.open()
        let imported = try TerminalProgress.reading(file) { progress in
            try ImportRoster(file: file, clerk: clerk.identify(for: "roster import \(file)")).run(
                in: venue, pin: PINEntry.read, progress: progress)
        }
        try venue.close()
        print(
            Phrase.addedCompetitors.text(
                ["count": String(imported.result.added), "file": file, "readAs": imported.readAs]))
    }
}

struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score", abstract: Phrase.helpScore.text(),
        subcommands: [ScoreImport.self, ScoreEnter.self, ScoreCorrect.self, ScoreRevert.self])
}

struct ScoreImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: Phrase.abstractScoreImport.template(in: .current),
        discussion: Phrase.discussScoreImport.template(in: .current))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var clerk: ClerkOption

    @Flag(help: ArgumentHelp(Phrase.optionReplaceMarks.text()))
    var replace = false

    @Argument(help: ArgumentHelp(Phrase.argMarksFile.text(), valueName: "file.csv"))
    var file: String

    func run() throws {
        let venue = try database.open()
        let imported = try TerminalProgress.reading(file) { progress in
            try ImportMarks(file: file, clerk: clerk.identify(for: "score import \(file)"), replace: replace).run(
                in: venue, pin: PINEntry.read, progress: progress)
        }
        let summary = imported.result
        try venue.close()
        print(
            Phrase.addedMarks.text(
                [
                    "count": String(summary.added), "replaced": imported.replacedText, "file": file,
                    "readAs": imported.readAs,
                ]))
        IgnoredMarksSummary.lines(summary.ignored).forEach { print($0) }
        // Double entry: counts only, never the other clerk's values.
        if summary.awaitingSecondEntry > 0 {
            print(Phrase.importFirstEntries.text(["count": String(summary.awaitingSecondEntry)]))
        }
        if summary.disagreements > 0 {
            print(Phrase.importDisagreements.text(["count": String(summary.disagreements)]))
        }
    }
}

struct Time: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "time", abstract: Phrase.helpTime.text(), subcommands: [TimeImport.self])
}

struct TimeImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: Phrase.abstractTimeImport.text(),
        discussion: Phrase.discussTimeImport.template(in: .current))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var clerk: ClerkOption

    @Flag(help: ArgumentHelp(Phrase.optionReplaceTimes.text()))
    var replace = false

    @Argument(help: ArgumentHelp(Phrase.argTimesFile.text(), valueName: "file.csv"))
    var file: String

    func run() throws {
        let venue = try database.open()
        let imported = try TerminalProgress.reading(file) { progress in
            try ImportTimes(file: file, clerk: clerk.identify(for: "time import \(file)"), replace: replace).run(
                in: venue, pin: PINEntry.read, progress: progress)
        }
        let summary = imported.result
        try venue.close()
        print(
            Phrase.recordedTimes.text(
                [
                    "count": String(summary.added), "replaced": imported.replacedText, "file": file,
                    "readAs": imported.readAs,
                ]))
    }
}
