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
        discussion: Phrase.discussResultsExport.template(in: .current))

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
        let progress = TerminalProgress(Phrase.progressScoring.text())
        let scored = try ScoreCompetition().run(in: venue) { done, trades in
            progress.update { Phrase.progressTrades.text(["done": "\(done)", "count": "\(trades)"]) }
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
