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
        abstract: "Add competitors from a CSV file: number,name,unit,trade[,status].",
        discussion: """
            All or nothing: every bad row is listed and nothing is added. UTF-8 or GB18030 (Excel's and WPS's \
            "CSV"); columns also as 参赛号,姓名,单位,工种[,状态]; trades by id or name (docs/input-files.md).
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var clerk: ClerkOption

    @Argument(help: ArgumentHelp("The roster file.", valueName: "file.csv"))
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
        abstract: "Add judges' marks from a CSV file: number,round,judge,score[,criterion].",
        discussion: """
            All or nothing: every bad row is listed and nothing is added. UTF-8 or GB18030 (Excel's and WPS's \
            "CSV"); columns also as 参赛号,环节|轮次,裁判,得分[,评分项]; rounds, judges and criteria by id or \
            name (docs/input-files.md). Marks kept but not scored (competitor not active or not admitted to \
            the round) are named in the summary.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var clerk: ClerkOption

    @Flag(help: "Replace marks that are already stored; the old values are kept in the history.")
    var replace = false

    @Argument(help: ArgumentHelp("The marks file.", valueName: "file.csv"))
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
            print(
                "\(summary.awaitingSecondEntry) first entries recorded: they count once another clerk enters the same values"
            )
        }
        if summary.disagreements > 0 {
            print(
                "\(summary.disagreements) entries do not agree with an earlier clerk's: see `judge status`; a third clerk's entry or the chief judge (`judge double-entry resolve`) settles them"
            )
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
        abstract: "Record times used from a CSV file: number,round,time (seconds, M:SS or H:MM:SS).",
        discussion: """
            All or nothing: every bad row is listed and nothing is recorded. UTF-8 or GB18030; columns also as \
            参赛号,环节|轮次,用时 (docs/input-files.md).
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var clerk: ClerkOption

    @Flag(help: "Replace times that are already stored; the old values are kept in the history.")
    var replace = false

    @Argument(help: ArgumentHelp("The times file.", valueName: "file.csv"))
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
