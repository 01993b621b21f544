import ArgumentParser

struct Competitors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "competitors", abstract: "The competitors on the roster.",
        subcommands: [CompetitorsList.self, CompetitorsShow.self, CompetitorsEdit.self])
}

struct CompetitorsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List competitors by trade and number.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Only this trade.", valueName: "id"))
    var trade: String?

    func run() throws {
        let store = try database.openForReading()
        let competition = try store.competition()
        let roster = try store.competitors()
        for chosen in try TradeSelection.trades(of: competition, trade: trade) {
            let competitors = roster.filter { $0.trade == chosen.id }.sorted { $0.number < $1.number }
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
