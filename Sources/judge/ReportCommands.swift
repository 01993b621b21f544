import ArgumentParser
import Foundation
import Messages
import Officiating
import ResultSheets
import ScoringCore

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: Phrase.helpReport.text(), subcommands: [ReportJudges.self])
}

struct ReportJudges: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "judges",
        abstract: Phrase.abstractReportJudges.text(),
        discussion: Phrase.discussReportJudges.template(in: .current))

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp(Phrase.argOnlyTrade.text(), valueName: "id"))
    var trade: TradeID?

    @Option(help: ArgumentHelp(Phrase.argReportsFolder.text(), valueName: "dir"))
    var out: String

    func run() throws {
        let venue = try database.openForReading()
        let folder = URL(fileURLWithPath: out)
        for trade in try TradeChoice(trade).trades(of: ReadCompetition().run(in: venue)) {
            let read = try ScoreTrade(trade: trade.id).run(in: venue)
            let heading = PrintDocument.heading(read.competition, trade, document: "裁判评分一致性报告")
            let document = PrintDocument.judgesReport(
                read.results, of: read.competition, marks: read.marks, heading: heading)
            try DocumentFile.makeFolder(folder)
            let file = folder.appendingPathComponent("\(trade.id.rawValue)-judges.html")
            // Every judge's marks and how far each strays: for the organiser, not for the hall.
            try DocumentFile.writePrivate(HTMLDocument.render(document), to: file)
            let rounds = JudgeConsistency(read.results, of: read.competition, marks: read.marks).rounds
            print(
                Phrase.reportWrote.text(["file": file.relativePath, "trade": trade.name, "count": String(rounds.count)])
            )
        }
    }
}
