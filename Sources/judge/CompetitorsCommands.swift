import ArgumentParser

struct Competitors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The competitors on the roster.", subcommands: [CompetitorsList.self])
}

struct CompetitorsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List competitors by trade and number.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Only this trade.", valueName: "id"))
    var trade: String?

    func run() throws {
        let input = try database.openForReading().scoringInput()
        for result in try TradeSelection.results(input, trade: trade) {
            let competitors = input.competitors.filter { $0.trade == result.trade.id }.sorted { $0.number < $1.number }
            let table = TerminalTable(
                header: ["参赛号", "姓名", "单位", "工种", "状态"],
                rows: competitors.map {
                    [$0.number.rawValue, $0.name, $0.unit, result.trade.name, $0.status.rawValue]
                },
                rightAligned: [0])
            print(table.render())
        }
    }
}
