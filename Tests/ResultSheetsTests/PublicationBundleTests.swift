import Foundation
import ResultSheets
import ScoringCore
import Testing

struct PublicationBundleTests {
    private func bundle(_ results: TradeResults, version: Int, previous: (version: Int, sheet: Data)?)
        throws -> PublicationBundle
    {
        try PublicationBundle(
            results, of: PublicationFixture.competition, version: version, noticeStart: "S", noticeEnd: "E",
            previous: previous)
    }

    @Test func versionOneIsTheExportedSheetWithNoticeAwardsAndManifest() throws {
        let first = try bundle(PublicationFixture.standard, version: 1, previous: nil)
        #expect(
            first.documents.map(\.name) == [
                "t1-v1.csv", "t1-v1-notice.csv", "t1-v1-awards.csv", "t1-v1.html", "t1-v1.xlsx", "t1-v1-notice.html",
                "t1-v1-notice.xlsx", "t1-v1-awards.html", "t1-v1-awards.xlsx", "t1-v1-detail.html", "t1-v1-detail.xlsx",
                "t1-v1.sha256",
            ])
        let exported = ResultSheet(PublicationFixture.standard, of: PublicationFixture.competition, headers: .zh)
        #expect(first.sheet == CSVSheetWriter.render(header: exported.header, rows: exported.rows, bom: true))
        #expect(first.documents[0].data == first.sheet)
        #expect(first.sheetDigest == SHA256Manifest.digest(first.sheet))
        let notice = try #require(SheetTable(csv: first.documents[1].data))
        #expect(notice.header == ["2026年工匠杯 电工 成绩公示 第1版 结果表SHA-256：\(first.sheetDigest)"])
        let manifest = String(decoding: first.documents.last!.data, as: UTF8.self)
        #expect(
            manifest
                == first.documents.dropLast().map { "\(SHA256Manifest.digest($0.data))  \($0.name)\n" }.joined())
        #expect(first.changes == nil)
    }

    @Test func versionTwoCarriesTheChangeListAgainstVersionOne() throws {
        let first = try bundle(PublicationFixture.standard, version: 1, previous: nil)
        let corrected = PublicationFixture.results(["1": ("80", "90"), "2": ("90", "70"), "3": ("60", "61")])
        let second = try bundle(corrected, version: 2, previous: (1, first.sheet))
        #expect(second.documents.map(\.name).last == "t1-v2.sha256")
        #expect(second.documents.map(\.name).contains("t1-v2-changes.html"))
        let changes = try #require(SheetTable(csv: second.documents[3].data))
        #expect(second.documents[3].name == "t1-v2-changes.csv")
        #expect(changes.header == ["2026年工匠杯 电工 成绩更正 第1版→第2版 结果表SHA-256：\(second.sheetDigest)"])
        #expect(
            changes.rows == [
                ["参赛号", "姓名", "项目", "更正前", "更正后"], ["3", "选手3", "实操", "60.00", "61.00"],
                ["3", "选手3", "总成绩", "60.00", "60.70"],
            ])
    }
}
