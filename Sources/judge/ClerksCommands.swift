import ArgumentParser
import Foundation
import Messages
import Officiating
import ScoringCore

struct Clerks: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clerks", abstract: Phrase.helpClerks.text(),
        subcommands: [ClerksCredentials.self])
}

struct ClerksCredentials: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credentials",
        abstract: Phrase.abstractClerksPINs.text(),
        discussion: Phrase.discussClerksCredentials.template(in: .current))

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("clerk"), help: ArgumentHelp(Phrase.argOnlyClerks.text(), valueName: "id"))
    var clerks: [String] = []

    @Option(help: ArgumentHelp(Phrase.argPINChief.text(), valueName: "id"))
    var chief: JudgeID?

    func run() throws {
        let venue = try database.open()
        let issued = try IssueClerkPINs(clerks: clerks, chief: chief, operatorName: ClerkOption.osUser).run(
            in: venue, pin: PINEntry.read)
        try venue.close()
        print(
            TerminalTable(header: ["录入员", "姓名", "PIN"], rows: issued.map { [$0.clerk.id, $0.clerk.name, $0.pin] })
                .render())
        print(Phrase.pinsShownOnce.text(["who": Language.current == .zh ? "录入员" : "clerk"]))
    }
}
