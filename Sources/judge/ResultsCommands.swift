import ArgumentParser
import Foundation
import Messages
import Officiating
import ResultSheets

struct Results: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results", abstract: Phrase.helpResults.text(),
        subcommands: [ResultsExport.self, ResultsPublish.self, ResultsVerify.self])
}

/// `--headers keys|zh`.
enum HeadersOption: String, ExpressibleByArgument, CaseIterable {
    case keys, zh

    var headers: ResultSheet.Headers { self == .keys ? .keys : .zh }
}

struct ResultsExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: Phrase.abstractExport.text(),
        discussion: """
            Refuses while any competitor who should be ranked has missing marks, and lists them.
            With --provisional, a trade with missing marks is written as DIR/<trade-id>-provisional.csv:
            its competitors with missing marks are listed after the ranked ones, status 成绩未全 (incomplete).
            --format html writes the printable result sheet DIR/<trade-id>.html (A4, for the browser's Print),
            the score detail sheet DIR/<trade-id>-detail.html (评分明细) and, for a round with qualify,
            DIR/<trade-id>-advance-<round>.html (晋级名单); --format xlsx writes <trade-id>.xlsx and
            <trade-id>-detail.xlsx. The 公示 sheet and award list come from `results publish`.
            For each round with qualify, DIR/<trade-id>-advance-<round>.csv, the advancement list
            (晋级名单), once every mark of its qualifying round is in.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp(Phrase.argSheetsFolder.text(), valueName: "dir"))
    var out: String

    @Option(help: ArgumentHelp(Phrase.optionHeaders.text()))
    var headers: HeadersOption = .zh

    @Flag(name: .customLong("no-bom"), help: ArgumentHelp(Phrase.optionNoBOM.text()))
    var noBOM = false

    @Flag(help: ArgumentHelp(Phrase.optionProvisional.text()))
    var provisional = false

    @Option(
        help: ArgumentHelp(
            Phrase.argFormats.text(),
            valueName: "formats"))
    var format = "csv"

    func validate() throws {
        _ = try ExportFormats.parse(format)
    }

    func run() throws {
        let venue = try database.openForReading()
        let progress = TerminalProgress("scoring")
        let scored = try ScoreCompetition().run(in: venue) { done, trades in
            progress.update { "\(done) of \(trades) trades" }
        }
        progress.finish()
        var export = SheetExport(headers: headers.headers, bom: !noBOM, provisional: provisional)
        export.formats = try ExportFormats.parse(format)
        export.marks = { trade in
            let read = try ScoreTrade(trade: trade).run(in: venue)
            return (read.results, read.marks)
        }
        let folder = URL(fileURLWithPath: out)
        for written in try export.write(scored, to: folder) {
            let ranked = written.results.rows.filter { $0.rank != nil }.count
            let prizes = written.results.rows.filter { $0.prize != nil }.count
            let note =
                written.results.isFinal
                ? "" : Phrase.exportProvisional.text(["count": String(written.results.problems.count)])
            let files = (export.formats.contains(.csv) ? [written.file] : []) + written.documents
            print(
                Phrase.exportWrote.text([
                    "files": files.map(\.relativePath).joined(separator: ", "), "trade": written.results.trade.name,
                    "ranked": String(ranked), "prizes": String(prizes), "note": note,
                ]))
        }
        // Only a competition with `qualify` has advancement lists, and pays for them.
        guard scored.competition.rounds.contains(where: { $0.qualify != nil }) else { return }
        let lists = AdvancementExport(headers: headers.headers, bom: !noBOM)
        try lists.write(try ReadAdmissions().run(in: venue), to: folder).forEach { print($0) }
    }
}
