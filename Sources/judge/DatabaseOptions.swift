import ArgumentParser
import Foundation
import Messages
import Officiating
import StoreValues

/// `--db PATH`, else `$JUDGE_DB`, else `judge.sqlite` in the current folder (CLI.md).
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Phrase.optionDB.text(), valueName: "path"))
    var db: String?

    @Option(
        help: ArgumentHelp(Phrase.optionTZ.text(), valueName: "zone"))
    var tz: String?

    func validate() throws {
        if let tz, LocalTime.choose(tz) == nil {
            throw ValidationError(Refusal(.unknownTimeZone, ["zone": tz]))
        }
    }

    var path: String {
        db ?? ProcessInfo.processInfo.environment["JUDGE_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "judge.sqlite"
    }

    func open() throws -> Venue {
        try Venue.open(path)
    }

    /// For commands that only read: the database file cannot change under them.
    func openForReading() throws -> Venue {
        try Venue.openForReading(path)
    }
}

/// Who ran a batch import, recorded with every row it stores.
struct ClerkOption: ParsableArguments {
    @Option(help: ArgumentHelp(Phrase.optionClerk.text(), valueName: "name"))
    var clerk: String?

    var name: String { clerk ?? Self.osUser }

    init() {}

    init(clerk: String?) {
        self.clerk = clerk
    }

    /// Who makes this batch: checked by the use case against the competition's clerks.
    func identify(for purpose: String) -> IdentifyClerk {
        IdentifyClerk(clerk: clerk, fallback: Self.osUser, purpose: purpose)
    }

    /// Who is logged in: the default name for the audit log.
    static var osUser: String { ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName }
}
