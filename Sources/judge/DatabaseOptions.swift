import ArgumentParser
import Foundation
import ScoreStore

/// `--db PATH`, else `$JUDGE_DB`, else `judge.sqlite` in the current folder (CLI.md).
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The competition database.", valueName: "path"))
    var db: String?

    @Option(
        help: ArgumentHelp(
            "The time zone times are shown in, e.g. Asia/Shanghai (default: $TZ, else the machine's).",
            valueName: "zone"))
    var tz: String?

    func validate() throws {
        if let tz, LocalTime.choose(tz) == nil {
            throw ValidationError("--tz \(tz): no time zone has this name; use an IANA name such as Asia/Shanghai")
        }
    }

    var path: String {
        db ?? ProcessInfo.processInfo.environment["JUDGE_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "judge.sqlite"
    }

    func open() throws -> ScoreDatabase {
        try ScoreDatabase(path: path)
    }

    /// For commands that only read: the database file cannot change under them.
    func openForReading() throws -> ScoreDatabase {
        try ScoreDatabase(path: path, readOnly: true)
    }
}

/// Who ran a batch import, recorded with every row it stores.
struct ClerkOption: ParsableArguments {
    @Option(help: ArgumentHelp("Who is doing this, for the audit log (default: the OS user).", valueName: "name"))
    var clerk: String?

    var name: String { clerk ?? Self.osUser }

    init() {}

    init(clerk: String?) {
        self.clerk = clerk
    }

    /// Who makes this batch, and how that is known. When the competition file declares
    /// `clerks:`, `--clerk` must name one of them, who gives a PIN (`$JUDGE_CLERK_PIN`, or asked
    /// without echo); without `clerks:`, the name is taken as given (the batch contract).
    func identify(_ store: ScoreDatabase, for purpose: String) throws -> (name: String, authenticated: String) {
        let clerks = try store.competition().clerks
        guard !clerks.isEmpty else { return (name, "") }
        guard let clerk else {
            throw UserError(
                "this competition declares its clerks (clerks: in the competition file): name yours with --clerk ID (\(clerks.map(\.id).joined(separator: ", "))) and give that clerk's PIN"
            )
        }
        let id = clerk.trimmingCharacters(in: .whitespaces)
        let pin = PINEntry.read(prompt: "PIN for clerk \(id): ", environment: "JUDGE_CLERK_PIN")
        try store.verifyClerkPIN(clerk: id, pin: pin, purpose: purpose)
        return (id, "clerk")
    }

    /// Who is logged in: the default name for the audit log.
    static var osUser: String { ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName }
}
