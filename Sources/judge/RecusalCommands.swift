import ArgumentParser
import Foundation
import ScoreStore
import ScoringCore

struct Recusal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recusal", abstract: "Recusal (回避): a judge does not mark a competitor of the judge's own unit.",
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
    var judge: String

    @Option(help: ArgumentHelp("The competitor's number (参赛号).", valueName: "number"))
    var number: String

    @Option(help: ArgumentHelp("Why the judge may mark this competitor.", valueName: "text"))
    var reason: String

    func run() throws {
        let store = try database.open()
        let chiefID = try chief.authenticate(store, for: "judge recusal allow")
        let allowed = try store.allowRecusal(
            judge: JudgeID(judge.trimmingCharacters(in: .whitespaces)), number: number, reason: reason, chief: chiefID)
        try store.close()
        print(
            "allowed: judge \(allowed.judge.id) \(allowed.judge.name) (\(allowed.judge.unit)) may mark competitor \(allowed.number) \(allowed.competitorName) (\(allowed.unit)); reason: \(allowed.reason)"
        )
    }
}
