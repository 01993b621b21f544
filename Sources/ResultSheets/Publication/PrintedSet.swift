import Foundation
public import ScoringCore

/// The printable documents of one trade, as HTML and xlsx files named after a base name:
///
///     BASE.html / BASE.xlsx                  the result sheet (成绩表)
///     BASE-notice.html / .xlsx               the 公示 sheet (published only)
///     BASE-awards.html / .xlsx               the award list (published only)
///     BASE-changes.html                      the change list (更正), from version 2 on
///     BASE-detail.html / .xlsx               the score detail sheet (评分明细)
///     BASE-advance-ROUND.html                the advancement list (晋级名单) of each round with `qualify`
public struct PrintedSet: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case html, xlsx
    }

    let results: TradeResults
    let competition: Competition
    let stamp: PublicationStamp?
    let marks: [CompetitorNumber: [Mark]]
    let changes: (SheetChanges, Int)?

    /// For a publication: `stamp` gives the version, notice period and digest footer.
    public init(
        _ results: TradeResults, of competition: Competition, stamp: PublicationStamp?,
        marks: [CompetitorNumber: [Mark]], changes: (SheetChanges, Int)? = nil
    ) {
        self.results = results
        self.competition = competition
        self.stamp = stamp
        self.marks = marks
        self.changes = changes
    }

    /// The documents as files, HTML and xlsx in `formats`, in a fixed order.
    public func documents(base: String, formats: Set<Format> = Set(Format.allCases)) throws
        -> [PublicationBundle.Document]
    {
        var files: [PublicationBundle.Document] = []
        for (suffix, document, spreadsheet) in printed() {
            if formats.contains(.html) {
                files.append(.init(name: base + suffix + ".html", data: HTMLDocument.render(document)))
            }
            if formats.contains(.xlsx), spreadsheet {
                files.append(.init(name: base + suffix + ".xlsx", data: try XLSXWorkbook.render(document)))
            }
        }
        return files
    }

    /// (file suffix, document, whether it also goes out as xlsx).
    private func printed() -> [(String, PrintDocument, Bool)] {
        let trade = results.trade
        func heading(_ name: String) -> DocumentHeading {
            PrintDocument.heading(
                competition, trade, document: name, version: stamp?.version, footer: stamp?.footer ?? [])
        }
        var list: [(String, PrintDocument, Bool)] = [
            ("", PrintDocument.resultSheet(results, of: competition, heading: heading("成绩表")), true)
        ]
        if let stamp {
            list.append(
                (
                    "-notice",
                    PrintDocument.notice(
                        results, of: competition, heading: heading("成绩公示"), period: stamp.noticePeriod), true
                ))
            list.append(("-awards", PrintDocument.awards(results, of: competition, heading: heading("获奖名单")), true))
        }
        if let (changes, old) = changes {
            list.append(
                (
                    "-changes", PrintDocument.changes(changes, from: old, of: competition, heading: heading("成绩更正")),
                    false
                ))
        }
        list.append(
            (
                "-detail", PrintDocument.scoreDetail(results, of: competition, marks: marks, heading: heading("评分明细")),
                true
            ))
        // The lists the CSV export writes (AdvancementExport): none while marks of the
        // qualifying round are missing, none for a round nobody took the qualifying round of.
        let admission = Scoring(competition: competition).admission(
            for: trade, competitors: results.rows.map(\.competitor), marks: marks)
        for advancement in admission.advancement where advancement.isComplete && !advancement.lines.isEmpty {
            list.append(
                (
                    "-advance-\(advancement.round.id.rawValue)",
                    PrintDocument.advancement(advancement, of: competition, heading: heading("晋级名单")), false
                ))
        }
        return list
    }
}
