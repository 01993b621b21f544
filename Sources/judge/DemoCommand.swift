import ArgumentParser
import Foundation
import Messages
import Officiating
import ResultSheets
import ScoringCore

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: Phrase.helpDemo.text(),
        discussion: Phrase.discussDemo.template(in: .current))

    @Option(
        help: ArgumentHelp(
            Phrase.argDemoDB.text(), valueName: "path"))
    var db: String?

    @Option(help: ArgumentHelp(Phrase.argDemoOut.text(), valueName: "dir"))
    var out = "results"

    @Option(help: ArgumentHelp(Phrase.argDemoBundle.text(), valueName: "dir"))
    var bundle: String?

    @Flag(
        help: ArgumentHelp(Phrase.optionDemoServe.text()))
    var serve = false

    func run() throws {
        let root = try bundle.map { URL(fileURLWithPath: $0) } ?? Self.findBundle()
        guard Self.isBundle(root),
            let found = try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Config").path)
        else {
            throw Refusal(.bundleIncomplete, at: .option("--bundle"), ["value": bundle ?? root.path])
        }
        let configs = found.filter { $0.hasSuffix(".yaml") }.sorted()
        let output = URL(fileURLWithPath: out)
        try DocumentFile.makeFolder(output)
        var written = 0
        var served: (competition: Competition, database: String)?
        for config in configs {
            let file = root.appendingPathComponent("Config/\(config)")
            let competition = try StageDemo.competition(at: file)
            let seeds = root.appendingPathComponent("seeds/\(competition.id)")
            guard FileManager.default.fileExists(atPath: seeds.path) else { continue }
            written += try run(competition, config: file, seeds: seeds, output: output)
            if served.map({ competition.judges.count > $0.competition.judges.count }) ?? true {
                served = (competition, output.appendingPathComponent("\(competition.id).sqlite").path)
            }
        }
        print(Phrase.demoWrote.text(["count": String(written), "folder": output.relativePath]))
        if serve, let served { try DemoServe.start(served.competition, database: served.database) }
    }

    private func run(_ competition: Competition, config: URL, seeds: URL, output: URL) throws -> Int {
        let database = output.appendingPathComponent("\(competition.id).sqlite").path
        let (competition, venue) = try StageDemo(config: config, seeds: seeds, database: database).run()
        let scored = try ScoreCompetition().run(in: venue)
        var export = SheetExport()
        export.formats = Set(ExportFormat.allCases)
        export.marks = { trade in
            let read = try ScoreTrade(trade: trade).run(in: venue)
            return (read.results, read.marks)
        }
        let folder = output.appendingPathComponent(competition.id)
        let sheets = try export.write(scored, to: folder)
        // The advancement lists (晋级名单) in CSV too, as `results export` writes them.
        let advancement =
            competition.rounds.contains { $0.qualify != nil }
            ? try AdvancementExport().write(try ReadAdmissions().run(in: venue), to: folder) : []
        print("\(competition.name)")
        print(Phrase.demoDatabase.text(["database": database]))
        for sheet in sheets {
            let trade = sheet.results
            let ranked = trade.rows.filter { $0.rank != nil }
            print(
                Phrase.demoTrade.text(
                    [
                        "trade": trade.trade.name, "ranked": String(ranked.count), "count": String(trade.rows.count),
                        "file": sheet.file.relativePath,
                    ]))
            print(
                Phrase.demoPrintable.text(["files": sheet.documents.map(\.lastPathComponent).joined(separator: ", ")]))
            for row in ranked where row.prize != nil && row.prize == competition.prizes.first {
                let title = row.prize?.title.map { ", \($0)" } ?? ""
                print("    \(row.prize!.name)\(title): \(row.competitor.name) (\(row.competitor.unit)) \(row.total!)")
            }
            let prizeCounts = competition.prizes.map { tier in
                "\(tier.name) \(ranked.filter { $0.prize == tier }.count)"
            }
            print(Phrase.demoPrizes.text(["prizes": prizeCounts.joined(separator: ", ")]))
        }
        advancement.forEach { print("  \($0)") }
        return sheets.count
    }

    /// The project folder: the current one when it holds Config/ and seeds/, else the one this tool was built from.
    private static func findBundle() throws -> URL {
        let candidates = [
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent(),
        ]
        for candidate in candidates where isBundle(candidate) {
            return candidate
        }
        throw Refusal(.noBundle)
    }

    /// A folder with the demo's Config/ and seeds/.
    private static func isBundle(_ folder: URL) -> Bool {
        ["Config", "seeds"].allSatisfy {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
        }
    }
}
