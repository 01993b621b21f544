import ArgumentParser
import Messages
import Officiating
import ScoringCore

struct Competitors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "competitors", abstract: Phrase.helpCompetitors.text(),
        subcommands: [CompetitorsList.self, CompetitorsShow.self, CompetitorsEdit.self])
}

struct CompetitorsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: Phrase.abstractCompetitorsList.text())

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp(Phrase.argOnlyTrade.text(), valueName: "id"))
    var trade: TradeID?

    func run() throws {
        for (chosen, competitors) in try ListCompetitors(trade: trade).run(in: database.openForReading()) {
            let table = TerminalTable(
                header: ["参赛号", "姓名", "单位", "工种", "状态"],
                rows: competitors.map {
                    [$0.number.rawValue, $0.name, $0.unit, chosen.name, $0.status.rawValue]
                },
                rightAligned: [0])
            print(table.render())
        }
    }
}
