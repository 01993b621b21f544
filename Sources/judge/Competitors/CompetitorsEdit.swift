import ArgumentParser
import Foundation
import Messages
import Officiating
import ScoringCore
import StoreValues

struct CompetitorsEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: Phrase.abstractCompetitorsEdit.text(),
        discussion: Phrase.discussCompetitorsEdit.template(in: .current))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var clerk: ClerkOption

    @Argument(help: ArgumentHelp(Phrase.argNumber.text(), valueName: "number"))
    var number: CompetitorNumber

    @Option(help: ArgumentHelp(Phrase.argEditName.text(), valueName: "name"))
    var name: String?

    @Option(help: ArgumentHelp(Phrase.argEditUnit.text(), valueName: "unit"))
    var unit: String?

    @Option(help: ArgumentHelp(Phrase.argEditTrade.text(), valueName: "id"))
    var trade: TradeID?

    @Option(help: ArgumentHelp(Phrase.argEditStatus.text(), valueName: "status"))
    var status: StatusWord?

    @Option(help: ArgumentHelp(Phrase.argReason.text(), valueName: "text"))
    var reason: String

    @Option(
        help: ArgumentHelp(
            Phrase.argEditChief.text(),
            valueName: "judge id"))
    var chief: JudgeID?

    func validate() throws {
        if let refusal = status?.refusal { throw ValidationError(refusal) }
    }

    func run() throws {
        let venue = try database.open()
        let edit = CompetitorEdit(
            name: name?.trimmingSpaces, unit: unit?.trimmingSpaces,
            trade: trade.map { TradeID($0.rawValue.trimmingSpaces) }, status: status?.status)
        let result = try EditCompetitor(
            number: number, edit: edit, reason: reason, clerk: clerk.identify(for: "competitors edit \(number)"),
            chief: chief
        ).run(in: venue, pin: PINEntry.read)
        try venue.close()
        let after = result.after
        print(
            Phrase.editChanged.text([
                "number": "\(after.number)", "batch": "\(result.batch)",
                "changes": result.changes.joined(separator: "; "),
            ]))
        // A mistyped number must not silently take a scored competitor out of the ranking.
        if result.before.status == .active, after.status != .active, result.marks > 0 {
            print(
                Phrase.editLeavesRanking.text([
                    "number": "\(after.number)", "marks": "\(result.marks)", "name": after.name,
                ]))
        }
        print(
            Phrase.editNow.text([
                "name": after.name, "unit": after.unit, "trade": "\(after.trade)", "status": after.status.rawValue,
                "chinese": StatusWord.chineseName(after.status),
            ]))
    }
}

extension String {
    fileprivate var trimmingSpaces: String { trimmingCharacters(in: .whitespaces) }
}
