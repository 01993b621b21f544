import ArgumentParser
import Messages
import Officiating
import ScoringCore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: Phrase.helpInit.text(),
        discussion: """
            Refuses when the database already holds a competition, unless --force. --force keeps the
            old file as PATH.replaced-<UTC time> and starts the new audit chain from its last hash;
            over a database with a locked round or a publication it needs the chief judge
            (--chief ID and the chief's PIN, checked against the old database).
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var clerk: ClerkOption

    @Option(help: ArgumentHelp("The competition file (YAML).", valueName: "file.yaml"))
    var config: String

    @Flag(help: "Replace a database that already holds a competition (the old file is kept, renamed).")
    var force = false

    @Option(
        help: ArgumentHelp(
            "The chief judge (裁判长) who authorizes --force over locked or published results.", valueName: "judge id"
        ))
    var chief: JudgeID?

    func run() throws {
        let created = try InitCompetition(
            config: config, path: database.path, force: force, chief: chief, by: clerk.name
        ).run(pin: PINEntry.read)
        if let replaced = created.replaced {
            print(
                "kept the old database as \(replaced.keptAt) (audit record \(replaced.lastRecord) continues the new chain)"
            )
        }
        let competition = created.competition
        print(
            "created \(database.path): \(competition.name) (\(competition.id)),",
            "\(competition.trades.count) trades, \(competition.rounds.count) rounds, \(competition.judges.count) judges"
        )
    }
}
