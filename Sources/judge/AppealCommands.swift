import ArgumentParser
import Foundation
import Messages
import Officiating
import ScoringCore
import StoreValues

struct AppealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "appeal",
        abstract: Phrase.helpAppeal.text(),
        discussion: Phrase.discussAppealCommand.template(in: .current),
        subcommands: [AppealAdd.self, AppealResolve.self, AppealList.self])
}

struct AppealAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: Phrase.abstractAppealAdd.text())

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp(Phrase.argAppealTrade.text(), valueName: "id"))
    var trade: TradeID

    @Option(help: ArgumentHelp(Phrase.argAppealNumber.text(), valueName: "number"))
    var number: CompetitorNumber

    @Option(help: ArgumentHelp(Phrase.argAppealText.text(), valueName: "text"))
    var reason: String

    @Option(help: ArgumentHelp(Phrase.argAppellant.text(), valueName: "name"))
    var by: String?

    func run() throws {
        let venue = try database.open()
        let filer = by ?? ClerkOption.osUser
        let (trade, appeal) = try FileAppeal(trade: trade, number: number, reason: reason, filer: filer).run(in: venue)
        try venue.close()
        print(
            Phrase.appealRecorded.text([
                "id": "\(appeal.id)", "trade": trade.name, "tradeID": "\(trade.id)", "version": "\(appeal.version)",
                "number": "\(appeal.number)", "by": filer, "reason": appeal.reason,
            ]))
    }
}

struct AppealResolve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve", abstract: Phrase.abstractAppealResolve.text(),
        discussion: Phrase.discussAppealResolve.template(in: .current))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var chief: ChiefOptions

    @Option(help: ArgumentHelp(Phrase.argAppealID.text(), valueName: "number"))
    var id: Int64

    @Option(help: ArgumentHelp(Phrase.argRuling.text(), valueName: "text"))
    var ruling: String

    func run() throws {
        let venue = try database.open()
        let (chiefID, appeal) = try ResolveAppeal(id: id, ruling: ruling, chief: chief.chief).run(
            in: venue, pin: PINEntry.read)
        try venue.close()
        print(Phrase.appealResolved.text(["id": String(appeal.id), "chief": chiefID.rawValue, "ruling": ruling]))
    }
}

struct AppealList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: Phrase.abstractAppealList.text())

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp(Phrase.argOnlyTrade.text(), valueName: "id"))
    var trade: TradeID?

    func run() throws {
        let appeals = try ListAppeals(trade: trade).run(in: database.openForReading())
        guard !appeals.isEmpty else {
            print(Phrase.noAppeals.text())
            return
        }
        let table = TerminalTable(
            header: ["编号", "工种", "版本", "参赛号", "提出人", "提出时间", "申诉", "状态", "裁决"],
            rows: appeals.map { appeal in
                [
                    String(appeal.id), appeal.trade.rawValue, String(appeal.version), appeal.number.rawValue,
                    appeal.filedBy, LocalTime.text(appeal.filedAt), appeal.reason,
                    appeal.isOpen ? "待处理" : "已处理", appeal.ruling.map { "\($0)（\(appeal.ruledBy ?? "")）" } ?? "",
                ]
            },
            rightAligned: [0, 2])
        print(table.render())
    }
}
