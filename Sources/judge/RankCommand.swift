import ArgumentParser
import Messages
import Officiating
import ResultSheets
import ScoringCore

struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank", abstract: Phrase.helpRank.text(),
        discussion: Phrase.discussRank.template(in: .current))

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp(Phrase.argOnlyTrade.text(), valueName: "id"))
    var trade: TradeID?

    func run() throws {
        let (competition, results) = try RankTrades(trade: trade).run(in: database.openForReading())
        for (index, trade) in results.enumerated() {
            if index > 0 { print() }
            let sheet = ResultSheet(trade, of: competition, headers: .zh)
            let state =
                trade.isFinal ? "" : "  [" + Phrase.rankProvisional.text(["count": "\(trade.problems.count)"]) + "]"
            print("\(trade.trade.name) (\(trade.trade.id))\(state)")
            // The trade column repeats the heading: leave it out.
            let columns = sheet.header.indices.filter { $0 != 4 }
            let scoreColumns = Set(5..<(sheet.header.count - 3))
            let table = TerminalTable(
                header: columns.map { sheet.header[$0] },
                rows: sheet.rows.map { row in columns.map { row[$0] } },
                rightAligned: Set(
                    columns.enumerated().filter { $0.element == 0 || scoreColumns.contains($0.element) }.map(\.offset)))
            print(table.render())
        }
    }
}
