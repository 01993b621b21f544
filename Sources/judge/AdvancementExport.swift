import Foundation
import Messages
import ResultSheets
import ScoringCore

/// Writes the advancement lists (晋级名单) beside the result sheets: one per trade and round
/// with `qualify`, once every mark of its qualifying round is in.
struct AdvancementExport {
    var headers: ResultSheet.Headers = .zh
    var bom = true

    /// The lines `results export` prints: what was written, and which lists wait for marks.
    func write(_ admissions: [TradeAdmission], to folder: URL) throws -> [String] {
        var lines: [String] = []
        for admission in admissions {
            for list in admission.advancement {
                let file = folder.appendingPathComponent(
                    AdvancementSheet.fileName(trade: admission.trade.id, round: list.round.id))
                // Nobody took the qualifying round (a trade without competitors): nothing to post.
                guard !list.lines.isEmpty || !list.isComplete else {
                    try? FileManager.default.removeItem(at: file)
                    continue
                }
                guard list.isComplete else {
                    // A list from missing marks would name the wrong people: none, and none left from before.
                    try? FileManager.default.removeItem(at: file)
                    lines.append(
                        Phrase.advancementNotWritten.text([
                            "trade": "\(admission.trade.id)", "round": "\(list.round.id)",
                            "qualifying": "\(list.qualifyingRound.id)",
                        ]))
                    continue
                }
                let sheet = AdvancementSheet(list, headers: headers)
                try CSVSheetWriter.write(header: sheet.header, rows: sheet.rows, bom: bom, to: file)
                let advanced = list.lines.filter(\.advanced).count
                lines.append(
                    Phrase.advancementWrote.text([
                        "file": file.relativePath, "trade": admission.trade.name, "round": list.round.name,
                        "advanced": String(advanced), "count": String(list.lines.count),
                    ]))
            }
        }
        return lines
    }
}
