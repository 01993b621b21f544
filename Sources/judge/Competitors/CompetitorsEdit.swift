import ArgumentParser
import Foundation
import Officiating
import ScoringCore

struct CompetitorsEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change a competitor's name, unit, trade or status after the roster import, with a reason.",
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

    @Argument(help: ArgumentHelp("The competitor's number.", valueName: "number"))
    var number: CompetitorNumber

    @Option(help: ArgumentHelp("The corrected name.", valueName: "name"))
    var name: String?

    @Option(help: ArgumentHelp("The corrected unit.", valueName: "unit"))
    var unit: String?

    @Option(help: ArgumentHelp("Another trade, by id (only while the competitor has no marks).", valueName: "id"))
    var trade: TradeID?

    @Option(help: ArgumentHelp("active, absent, disqualified or withdrawn (缺考, 取消资格, 退赛).", valueName: "status"))
    var status: StatusWord?

    @Option(help: ArgumentHelp("Why (required); kept in the audit log.", valueName: "text"))
    var reason: String

    @Option(
        help: ArgumentHelp(
            "The chief judge (裁判长), needed for a status or trade change once a round of the trade is locked.",
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
        print("changed competitor \(after.number) (batch \(result.batch)): \(result.changes.joined(separator: "; "))")
        // A mistyped number must not silently take a scored competitor out of the ranking.
        if result.before.status == .active, after.status != .active, result.marks > 0 {
            print(
                "note: competitor \(after.number) has \(result.marks) marks; they are kept but no longer scored, so \(after.name) leaves the ranking (undo: `judge competitors edit \(after.number) --status active --reason …`)"
            )
        }
        print(
            "now: \(after.name), \(after.unit), \(after.trade), \(after.status.rawValue) (\(StatusWord.chineseName(after.status)))"
        )
    }
}

extension String {
    fileprivate var trimmingSpaces: String { trimmingCharacters(in: .whitespaces) }
}
