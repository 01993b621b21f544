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
        abstract: Phrase.abstractRecusalAllow.text(),
        discussion: Phrase.discussRecusalAllow.template(in: .current))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var chief: ChiefOptions

    @Option(help: ArgumentHelp(Phrase.argJudge.text(), valueName: "id"))
    var judge: JudgeID

    @Option(help: ArgumentHelp(Phrase.argNumberChinese.text(), valueName: "number"))
    var number: CompetitorNumber

    @Option(help: ArgumentHelp(Phrase.argRecusalReason.text(), valueName: "text"))
    var reason: String

    func run() throws {
        let venue = try database.open()
        let allowed = try AllowRecusal(judge: judge, number: number, chief: chief.chief, reason: reason).run(
            in: venue, pin: PINEntry.read)
        try venue.close()
        print(
            Phrase.recusalAllowed.text([
                "judge": "\(allowed.judge.id)", "judgeName": allowed.judge.name, "judgeUnit": allowed.judge.unit ?? "",
                "number": "\(allowed.number)", "name": allowed.competitorName, "unit": allowed.unit,
                "reason": allowed.reason,
            ]))
    }
}
