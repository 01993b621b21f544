import ArgumentParser
import Messages
import Officiating
import ScoringCore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: Phrase.helpInit.text(),
        discussion: Phrase.discussInit.template(in: .current))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var clerk: ClerkOption

    @Option(help: ArgumentHelp(Phrase.argConfig.text(), valueName: "file.yaml"))
    var config: String

    @Flag(help: ArgumentHelp(Phrase.optionForceInit.text()))
    var force = false

    @Option(
        help: ArgumentHelp(
            Phrase.argInitChief.text(), valueName: "judge id"
        ))
    var chief: JudgeID?

    func run() throws {
        let created = try InitCompetition(
            config: config, path: database.path, force: force, chief: chief, by: clerk.name
        ).run(pin: PINEntry.read)
        if let replaced = created.replaced {
            print(Phrase.initKept.text(["file": "\(replaced.keptAt)", "record": "\(replaced.lastRecord)"]))
        }
        let competition = created.competition
        print(
            Phrase.initCreated.text([
                "file": database.path, "name": competition.name, "id": "\(competition.id)",
                "trades": "\(competition.trades.count)", "rounds": "\(competition.rounds.count)",
                "judges": "\(competition.judges.count)",
            ]))
    }
}
