import Foundation
import Messages
import Officiating
import ResultSheets
import ScoringCore
import StoreValues

/// Writes one result sheet per trade (SCORING.md §8), shared by `results export` and `demo`.
struct SheetExport {
    var headers: ResultSheet.Headers = .zh
    var bom = true
    var provisional = false
    /// csv (the contract's sheet), html and xlsx (the printable documents of `PrintedSet`).
    var formats: Set<ExportFormat> = [.csv]
    /// Where the score detail sheet's marks come from, with the trade's sheet scored from them.
    var marks: ((TradeID) throws -> (results: TradeResults, marks: [CompetitorNumber: [Mark]]))?

    struct Written {
        let file: URL
        let results: TradeResults
        /// The HTML and xlsx documents written beside it.
        var documents: [URL] = []
    }

    /// Refuses, writing nothing, while a trade has missing marks, unless `provisional`:
    /// then an incomplete trade's sheet is `<trade-id>-provisional.csv`.
    func write(_ scored: ScoredCompetition, to folder: URL) throws -> [Written] {
        let results = scored.trades
        let blocked = results.filter { !$0.isFinal }
        if !blocked.isEmpty, !provisional {
            throw Refusal(
                .marksMissingToExport,
                [
                    "problems": MissingMarks.lines(blocked, in: .en),
                    "problems.zh": MissingMarks.lines(blocked, in: .zh),
                ])
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try results.map { trade in
            let final = folder.appendingPathComponent(trade.trade.id.rawValue + ".csv")
            let provisional = folder.appendingPathComponent(trade.trade.id.rawValue + "-provisional.csv")
            let file = trade.isFinal ? final : provisional
            // The other variant is out of date now: never leave an old final sheet beside a provisional one.
            try? FileManager.default.removeItem(at: trade.isFinal ? provisional : final)
            Self.removePrinted(of: trade.isFinal ? provisional : final)
            var written = Written(file: file, results: trade)
            if formats.contains(.csv) {
                let sheet = ResultSheet(trade, of: scored.competition, headers: headers)
                try CSVSheetWriter.write(header: sheet.header, rows: sheet.rows, bom: bom, to: file)
            }
            written.documents = try printed(trade, of: scored.competition, base: file.deletingPathExtension())
            return written
        }
    }

    /// The HTML and xlsx documents of one trade, named after its sheet (`nursery.html`, …).
    private func printed(_ trade: TradeResults, of competition: Competition, base: URL) throws -> [URL] {
        let wanted = Set(formats.compactMap(\.printed))
        guard !wanted.isEmpty else { return [] }
        var marks: [CompetitorNumber: [Mark]] = [:]
        if let source = self.marks {
            let read = try source(trade.trade.id)
            // Read apart from the sheet: a change in between would make the detail disagree with it.
            guard read.results == trade else {
                throw Refusal(.marksChangedDuringExport, ["trade": trade.trade.id.rawValue])
            }
            marks = read.marks
        }
        let set = PrintedSet(trade, of: competition, stamp: nil, marks: marks)
        let folder = base.deletingLastPathComponent()
        return try set.documents(base: base.lastPathComponent, formats: wanted).map { document in
            let url = folder.appendingPathComponent(document.name)
            try DocumentFile.write(document.data, to: url)
            return url
        }
    }

    /// The HTML and xlsx documents named after a sheet that is out of date.
    private static func removePrinted(of sheet: URL) {
        let base = sheet.deletingPathExtension().lastPathComponent
        let folder = sheet.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names
        where
            (name == base + ".html" || name == base + ".xlsx" || name.hasPrefix(base + "-detail.")
            || (name.hasPrefix(base + "-advance-") && !name.hasSuffix(".csv")))
        {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
