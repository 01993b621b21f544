import Foundation
import ResultSheets
import ScoreStore
import ScoringCore

/// Writes one result sheet per trade (SCORING.md §8), shared by `results export` and `demo`.
struct SheetExport {
    var headers: ResultSheet.Headers = .zh
    var bom = true
    var provisional = false

    struct Written {
        let file: URL
        let results: TradeResults
    }

    /// Refuses, writing nothing, while a trade has missing marks, unless `provisional`:
    /// then an incomplete trade's sheet is `<trade-id>-provisional.csv`.
    func write(_ scored: ScoredCompetition, to folder: URL) throws -> [Written] {
        let results = scored.trades
        let blocked = results.filter { !$0.isFinal }
        if !blocked.isEmpty, !provisional {
            throw UserError(Self.blockedMessage(blocked))
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try results.map { trade in
            let final = folder.appendingPathComponent(trade.trade.id.rawValue + ".csv")
            let provisional = folder.appendingPathComponent(trade.trade.id.rawValue + "-provisional.csv")
            let file = trade.isFinal ? final : provisional
            // The other variant is out of date now: never leave an old final sheet beside a provisional one.
            try? FileManager.default.removeItem(at: trade.isFinal ? provisional : final)
            let sheet = ResultSheet(trade, of: scored.competition, headers: headers)
            try CSVSheetWriter.write(header: sheet.header, rows: sheet.rows, bom: bom, to: file)
            return Written(file: file, results: trade)
        }
    }

    static func blockedMessage(
        _ blocked: [TradeResults], limit: Int = 40,
        remedy: String = "enter the missing marks, or export with --provisional for a sheet marked provisional"
    ) -> String {
        let problems = blocked.flatMap { trade in trade.problems.map { (trade.trade, $0) } }
        var lines = ["marks are missing, so no final sheet was written:"]
        for trade in blocked {
            lines.append(
                "  \(trade.trade.name) (\(trade.trade.id)): \(trade.problems.count) problem\(trade.problems.count == 1 ? "" : "s")"
            )
        }
        lines += problems.prefix(limit).map { "    \($0.0.id): \($0.1)" }
        if problems.count > limit { lines.append("    … and \(problems.count - limit) more (see `judge status`)") }
        lines.append(remedy)
        return lines.joined(separator: "\n")
    }
}
