import ArgumentParser
import Foundation
import Messages
import Officiating
import ScoringCore

struct CompetitorsEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: Phrase.abstractCompetitorsEdit.text(),
        discussion: """
            Every change is recorded in the audit log with its reason (see `judge competitors show`).
            Status: active, absent (缺考), disqualified (取消资格), withdrawn (退赛); 正常 means active.
            Refused: no reason; an unknown number; nothing to change; a trade change for a competitor
            with marks or times; a status or trade change once the trade is published. Once a round
            of the trade is locked, a status or trade change needs the chief judge (--chief).
            Example: judge competitors edit 12 --status 缺考 --reason "未到场"
            """)

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
            "now: \(after.name), \(after.unit), \(after.trade), \(after.status.rawValue) (\(StatusWord.chineseName(after.status)))"
        )
    }
}

extension String {
    fileprivate var trimmingSpaces: String { trimmingCharacters(in: .whitespaces) }
}
