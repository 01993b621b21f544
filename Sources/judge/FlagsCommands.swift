import ArgumentParser
import Messages
import Officiating
import ScoringCore

struct Flags: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flags", abstract: Phrase.helpFlags.text(),
        discussion: Phrase.discussFlags.template(in: .current),
        subcommands: [FlagsConfirm.self])
}

struct FlagsConfirm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: Phrase.abstractFlagsConfirm.text(),
        discussion: Phrase.discussFlagsConfirm.template(in: .current))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var chief: ChiefOptions

    @Option(help: ArgumentHelp(Phrase.argNumberChinese.text(), valueName: "number"))
    var number: CompetitorNumber

    @Option(help: ArgumentHelp(Phrase.argRound.text(), valueName: "id"))
    var round: RoundID

    @Option(help: ArgumentHelp(Phrase.argFlagReason.text(), valueName: "text"))
    var reason: String

    func run() throws {
        let venue = try database.open()
        let flag = try ConfirmFlag(number: number, round: round, chief: chief.chief, reason: reason).run(
            in: venue, pin: PINEntry.read)
        try venue.close()
        print(Phrase.flagConfirmed.text(["flag": flag.text(in: .current)]))
    }
}
