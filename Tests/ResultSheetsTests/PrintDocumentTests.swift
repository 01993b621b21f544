import Foundation
import ScoringCore
import Testing

@testable import ResultSheets

/// The printed documents as a library: escaping, the consistency figures, the xlsx parts.
struct PrintDocumentTests {
    /// Three competitors, three judges, mean of the marks: deviations easy to check by hand.
    static let competition = Competition(
        id: "c", name: "赛", trades: [Trade(id: "t", name: "电工")],
        rounds: [
            Round(
                id: "p", name: "实操", max: Points(whole: 100), weight: Points(whole: 100),
                aggregate: .trimmedMean(trim: 1), judges: 3)
        ],
        judges: [Judge(id: "J1", name: "甲"), Judge(id: "J2", name: "乙"), Judge(id: "J3", name: "丙")],
        prizes: [PrizeTier(name: "一等奖", quota: .count(1))])

    static func marks(_ table: [String: [Int64]]) -> [Mark] {
        table.flatMap { number, values in
            values.enumerated().map { index, value in
                Mark(
                    number: CompetitorNumber(number), round: "p", judge: JudgeID("J\(index + 1)"),
                    value: Points(hundredths: value))
            }
        }
    }

    static let entered = marks(["1": [8000, 9000, 8500], "2": [7000, 7600, 7300], "3": [6000, 6100, 6500]])
    static let results = Scoring(competition: competition).results(
        competitors: ["1", "2", "3"].map {
            Competitor(number: CompetitorNumber($0), name: "选手\($0)", unit: "", trade: "t")
        }, marks: entered)[0]

    @Test func eachJudgesDeviationIsTheirMarkMinusTheRoundScore() throws {
        let consistency = JudgeConsistency(
            Self.results, of: Self.competition, marks: Dictionary(grouping: Self.entered, by: \.number))
        let round = try #require(consistency.rounds.first)
        #expect(round.competitors == 3)
        #expect(round.judges.map(\.judge) == ["J1", "J2", "J3"])
        // Scores 85.00, 73.00, 61.00: J1 −5.00, −3.00, −1.00; J2 +5.00, +3.00, 0.00; J3 0.00, 0.00, +4.00.
        #expect(round.judges[0].deviations.map(\.hundredths) == [-500, -300, -100])
        #expect(round.judges[0].meanDeviation == -300)
        #expect(round.judges[1].meanDeviation == 267)  // 8/3 = 2.666… → 2.67
        #expect(round.judges[2].meanAbsoluteDeviation == 133)
        #expect(round.judges[0].dropped == 3)
        #expect(round.judges[0].mean == Points(hundredths: 7000))
        #expect(round.judges[0].largest(1).map(\.number) == ["1"])
        #expect(JudgeConsistency.signed(-500) == "-5.00" && JudgeConsistency.signed(267) == "+2.67")
    }

    @Test func userTextIsEscapedInHTMLAndInTheStyleSheet() {
        #expect(HTMLEscape.text(#"<b>王&"五'</b>"#) == "&lt;b&gt;王&amp;&quot;五&#39;&lt;/b&gt;")
        #expect(HTMLEscape.cssString("a\"b</style>") == #"a\22 b\3c /style\3e "#)
        var heading = PrintDocument.heading(Self.competition, Self.competition.trades[0], document: "成绩表")
        heading.competition = "</style><script>x</script>"
        let html = HTMLDocument.text(
            PrintDocument.resultSheet(Self.results, of: Self.competition, heading: heading))
        #expect(!html.contains("<script>"))
        #expect(html.components(separatedBy: "</style>").count == 2, "only the style element's own end tag")
    }

    @Test func theDetailSheetShowsEveryMarkAndStrikesTheDroppedOnes() {
        let document = PrintDocument.scoreDetail(
            Self.results, of: Self.competition, marks: Dictionary(grouping: Self.entered, by: \.number),
            heading: PrintDocument.heading(Self.competition, Self.competition.trades[0], document: "评分明细"))
        let table = document.sections[0].table!
        #expect(
            table.columns.map(\.title) == [
                "参赛号", "姓名", "环节", "评分项", "J1", "J2", "J3", "环节成绩", "满分", "权重", "总成绩", "名次", "备注",
            ])
        guard case .cells(let first) = table.rows[0] else {
            Issue.record("a row of cells")
            return
        }
        #expect(first[4] == PrintTable.Cell(.score(Points(hundredths: 8000)), struck: true))
        #expect(first[5] == PrintTable.Cell(.score(Points(hundredths: 9000)), struck: true))
        #expect(first[6] == PrintTable.Cell(.score(Points(hundredths: 8500))))
        #expect(first[7].value == .score(Points(hundredths: 8500)))
        #expect(first[9].value == .text("100%"))
        #expect(first[10].value == .score(Points(hundredths: 8500)))
    }

    @Test func eachCompetitorOfTheDetailSheetIsOneBlockThatStaysOnOnePage() {
        let document = PrintDocument.scoreDetail(
            Self.results, of: Self.competition, marks: Dictionary(grouping: Self.entered, by: \.number),
            heading: PrintDocument.heading(Self.competition, Self.competition.trades[0], document: "评分明细"))
        let html = HTMLDocument.text(document)
        #expect(html.components(separatedBy: "<tbody class=\"together\">").count == 4, "one per competitor")
        #expect(html.components(separatedBy: "</tbody>").count == 4)
        #expect(html.contains("tbody.together { break-inside: avoid; page-break-inside: avoid; }"))
        #expect(html.contains("<thead>"), "the header row still repeats")
    }

    @Test func eachSignatureLabelHasItsOwnWritingLine() {
        let document = PrintDocument.resultSheet(
            Self.results, of: Self.competition,
            heading: PrintDocument.heading(Self.competition, Self.competition.trades[0], document: "成绩表"))
        let html = HTMLDocument.text(document)
        #expect(
            html.contains(
                "<div class=\"sign\"><p><span class=\"label\">主办单位（盖章）：</span><span class=\"blank\"></span></p><p><span class=\"label\">日期：</span><span class=\"blank date\"></span></p></div>"
            ))
        #expect(html.contains(".signatures p { margin: 0; white-space: nowrap; }"))
    }

    @Test func thePrintedFooterSaysChengjibiaoAndGivesThePinShortInChinese() {
        var stamp = PublicationFixture.stamp
        let hash = String(repeating: "0123456789abcdef", count: 4)
        stamp.auditPin = "12:\(hash)"
        #expect(stamp.footer[0] == "成绩表（CSV）SHA-256：ab12")
        #expect(stamp.footer[2] == "审计链：第12条记录 \(hash)")
        #expect(stamp.noticeLine.hasSuffix("（核对：judge audit verify --expect 12:\(hash)）"), "the CSV keeps the command")
        // The hash may break between groups of 8, never inside one.
        let broken = HTMLDocument.breakable("审计链：第12条记录 \(hash)")
        #expect(broken == "审计链：第12条记录 " + (0..<8).map { hash.dropFirst($0 * 8).prefix(8) }.joined(separator: "<wbr>"))
        #expect(HTMLDocument.breakable("a&amp;b 12") == "a&amp;b 12")
    }

    @Test func aBarsCountMovesBesideAPrizeLineThatWouldCrossIt() {
        #expect(SVGPlot.countLabel(7, over: 100, avoiding: [40, 200]) == (100, "middle"))
        #expect(SVGPlot.countLabel(7, over: 100, avoiding: [101]) == (104, "start"))
        // A second line just right of the first: the count goes left of both.
        #expect(SVGPlot.countLabel(12, over: 100, avoiding: [99, 105]) == (96, "end"))
        // A prize label near the right edge goes left of its line, unless a better prize's line
        // runs there; one near the left edge goes right, unless that line runs there.
        #expect(SVGPlot.prizeLabelGoesLeft("二等奖 ≥ 89.52", at: 600, crossing: [], within: 0...700, prefersLeft: true))
        #expect(SVGPlot.prizeLabelGoesLeft("三等奖 ≥ 60.00", at: 200, crossing: [240], within: 0...700, prefersLeft: true))
        #expect(
            SVGPlot.prizeLabelGoesLeft("三等奖 ≥ 60.00", at: 200, crossing: [240], within: 0...700, prefersLeft: false))
        #expect(!SVGPlot.prizeLabelGoesLeft("三等奖 ≥ 60.00", at: 60, crossing: [], within: 0...700, prefersLeft: true))
        let figure = SVGPlot.totals(Self.results, prizes: Self.competition.prizes)
        #expect(figure.contains("一等奖 ≥ 85.00"))
    }

    @Test func thePrintedAdvancementListIsTheCSVsWithTiesSharingARank() throws {
        let competition = Competition(
            id: "c", name: "赛", trades: [Trade(id: "t", name: "电工")],
            rounds: [
                Round(id: "a", name: "理论", max: Points(whole: 100), weight: Points(whole: 50), aggregate: .single),
                Round(
                    id: "b", name: "实操", max: Points(whole: 100), weight: Points(whole: 50), aggregate: .single,
                    qualify: Qualification(after: "a", cut: .top(1))),
            ],
            judges: [Judge(id: "J1", name: "甲")], prizes: [])
        let competitors = ["1", "2", "3"].map {
            Competitor(number: CompetitorNumber($0), name: "选手\($0)", unit: "", trade: "t")
        }
        let marks = zip(["1", "2", "3"], [8000, 9000, 9000] as [Int64]).map {
            Mark(number: CompetitorNumber($0), round: "a", judge: "J1", value: Points(hundredths: $1))
        }
        let list = try #require(
            Scoring(competition: competition).admission(
                for: competition.trades[0], competitors: competitors,
                marks: Dictionary(grouping: marks, by: \.number)
            ).advancement.first)
        let document = PrintDocument.advancement(
            list, of: competition,
            heading: PrintDocument.heading(competition, competition.trades[0], document: "晋级名单"))
        let table = try #require(document.sections[0].table)
        let sheet = AdvancementSheet(list, headers: .zh)
        #expect(table.columns.map(\.title) == sheet.header)
        #expect(
            table.rows.map { row in if case .cells(let cells) = row { cells.map(\.value.printed) } else { [] } }
                == sheet.rows)
        #expect(sheet.rows.map { $0[0] } == ["1", "1", "3"], "the tie shares 名次 1")
        #expect(sheet.rows.map { $0[5] } == ["晋级", "晋级", "未晋级"])
    }

    @Test func xlsxColumnsAreNamedAsExcelNamesThem() {
        #expect([0, 25, 26, 27, 701, 702].map(XLSXSheet.column) == ["A", "Z", "AA", "AB", "ZZ", "AAA"])
        #expect(XLSXColumnWidth.displayWidth("北京ab") == 6)
        #expect(XMLText.headerFooter("A&B<") == "A&amp;&amp;B&lt;")
    }

    @Test func theSameDocumentGivesTheSameXLSXBytes() throws {
        let document = PrintDocument.resultSheet(
            Self.results, of: Self.competition,
            heading: PrintDocument.heading(Self.competition, Self.competition.trades[0], document: "成绩表"))
        #expect(try XLSXWorkbook.render(document) == XLSXWorkbook.render(document))
        let sheet = XLSXSheet(name: "成绩表", document: document, table: document.sections[0].table!).xml()
        // Scores are the exact decimal text of their hundredths.
        #expect(sheet.contains("<v>85.00</v>"))
        #expect(
            sheet.contains("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"))
    }
}
