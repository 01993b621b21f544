import ArgumentParser
import Foundation
import Messages
import Officiating
import ScoringCore

struct Recusal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recusal", abstract: Phrase.helpRecusal.text(),
        subcommands: [RecusalAllow.self])
}

struct RecusalAllow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allow",
        abstract: "Allow a judge to mark a competitor of the same unit (chief judge, with a reason).",
        discussion: "Recorded in the audit log with the reason and the chief judge who allowed it.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var chief: ChiefOptions

    @Option(help: ArgumentHelp("The judge.", valueName: "id"))
    var judge: JudgeID

    @Option(help: ArgumentHelp("The competitor's number (参赛号).", valueName: "number"))
    var number: CompetitorNumber

    @Option(help: ArgumentHelp("Why the judge may mark this competitor.", valueName: "text"))
    var reason: String

    func run() throws {
        let venue = try database.open()
        let allowed = try AllowRecusal(judge: judge, number: number, chief: chief.chief, reason: reason).run(
            in: venue, pin: PINEntry.read)
        try venue.close()
        print(
            "allowed: judge \(allowed.judge.id) \(allowed.judge.name) (\(allowed.judge.unit)) may mark competitor \(allowed.number) \(allowed.competitorName) (\(allowed.unit)); reason: \(allowed.reason)"
        )
    }
}
