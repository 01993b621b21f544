import ArgumentParser
import Foundation
import ScoreStore

struct Clerks: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clerks", abstract: "The clerks (录入员) the competition file declares (clerks:).",
        subcommands: [ClerksCredentials.self])
}

struct ClerksCredentials: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credentials",
        abstract: "Issue clerks their PINs, printed once and stored only as a salted slow hash.",
        discussion: """
            Without --clerk, every declared clerk who has no PIN yet gets one. Replacing a PIN needs
            the chief judge (--chief ID and the chief's PIN). A batch import then needs --clerk ID
            and that clerk's PIN (asked without echo, or $JUDGE_CLERK_PIN in scripts).
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("clerk"), help: ArgumentHelp("Only these clerks (repeatable).", valueName: "id"))
    var clerks: [String] = []

    @Option(help: ArgumentHelp("The chief judge, to replace a PIN already issued.", valueName: "id"))
    var chief: String?

    func run() throws {
        let store = try database.open()
        let declared = try store.competition().clerks
        guard !declared.isEmpty else {
            throw UserError(
                "the competition file declares no clerks (clerks: [{ id, name }]): batch imports name their clerk freely"
            )
        }
        let holders = try store.clerksWithCredentials()
        var targets = clerks.map { $0.trimmingCharacters(in: .whitespaces) }
        if targets.isEmpty {
            targets = declared.map(\.id).filter { !holders.contains($0) }
            guard !targets.isEmpty else {
                throw UserError("every clerk has a PIN already; to replace one, name it: --clerk ID --chief ID")
            }
        }
        var issuer = ClerkOption.osUser
        let replacing = targets.filter(holders.contains)
        if !replacing.isEmpty {
            guard let chief else {
                throw UserError(
                    "clerk \(replacing.joined(separator: ", ")) already \(replacing.count == 1 ? "has" : "have") a PIN: replacing it needs the chief judge (--chief ID and the chief's PIN)"
                )
            }
            issuer = try ChiefOptions(chief: chief).authenticate(store, for: "judge clerks credentials").rawValue
        }
        let issued = try store.issueClerkCredentials(to: targets, issuer: issuer)
        try store.close()
        print(
            TerminalTable(header: ["录入员", "姓名", "PIN"], rows: issued.map { [$0.clerk.id, $0.clerk.name, $0.pin] })
                .render())
        print("each PIN is shown only this once: hand it to its clerk; the database keeps only a salted hash")
    }
}
