import Foundation
import ResultSheets
import ScoringCore
import Testing

struct PublicationDocumentTests {
    @Test func theNoticeSheetHasTitleNoticePeriodAndTheCustomaryColumns() {
        let sheet = NoticeSheet(
            PublicationFixture.standard, of: PublicationFixture.competition, stamp: PublicationFixture.stamp)
        #expect(
            sheet.lines == [
                ["2026年工匠杯 电工 成绩公示 第1版 结果表SHA-256：ab12"],
                ["公示期：2026年11月26日 15:00 至 2026年12月1日 15:00"],
                ["名次", "参赛号", "姓名", "单位", "理论", "实操", "总成绩", "奖项", "称号", "备注"],
                ["1", "1", "选手1", "单位1", "80.00", "90.00", "87.00", "一等奖", "区级工匠", ""],
                ["2", "2", "选手2", "单位2", "90.00", "70.00", "76.00", "二等奖", "", ""],
                ["3", "3", "选手3", "单位3", "60.00", "60.00", "60.00", "", "", ""],
                ["", "9", "缺考者", "单位9", "", "", "", "", "", "缺考"],
            ])
        let bytes = Array(sheet.render())
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF] + Array("2026年工匠杯 电工 成绩公示 第1版 结果表SHA-256：ab12\r\n".utf8)))
        #expect(bytes.suffix(2) == [0x0D, 0x0A])
    }

    @Test func theAwardListGroupsWinnersByTierAndShowsAVacantTier() {
        let list = AwardList(
            PublicationFixture.standard, of: PublicationFixture.competition, stamp: PublicationFixture.stamp)
        #expect(
            list.lines == [
                ["2026年工匠杯 电工 获奖名单 第1版 结果表SHA-256：ab12"],
                ["奖项", "称号", "名次", "参赛号", "姓名", "单位", "总成绩"],
                ["一等奖（1名）"],
                ["一等奖", "区级工匠", "1", "1", "选手1", "单位1", "87.00"],
                ["二等奖（1名）"],
                ["二等奖", "", "2", "2", "选手2", "单位2", "76.00"],
                ["三等奖（空缺）"],
            ])
    }

    @Test func aTieAtTheTopPutsBothInTheFirstTier() {
        let results = PublicationFixture.results(["1": ("80", "90"), "2": ("80", "90"), "3": ("60", "60")])
        let list = AwardList(results, of: PublicationFixture.competition, stamp: PublicationFixture.stamp)
        #expect(list.lines[2] == ["一等奖（2名）"])
        #expect(list.lines[3...4].map { $0[3] } == ["1", "2"])
        #expect(list.lines[5] == ["二等奖（空缺）"])
    }

    @Test func theChangeListNamesEachChangedCellFromOldToNew() {
        let competition = PublicationFixture.competition
        let old = SheetTable(ResultSheet(PublicationFixture.standard, of: competition, headers: .zh))
        // Competitor 2's practical mark corrected from 70 to 95: they overtake competitor 1.
        let corrected = PublicationFixture.results(["1": ("80", "90"), "2": ("90", "95"), "3": ("60", "60")])
        let new = SheetTable(ResultSheet(corrected, of: competition, headers: .zh))
        let changes = SheetChanges(old: old, new: new)
        #expect(
            changes.changes.map { [$0.number, $0.name, $0.column, $0.old, $0.new] } == [
                ["2", "选手2", "名次", "2", "1"],
                ["2", "选手2", "实操", "70.00", "95.00"],
                ["2", "选手2", "总成绩", "76.00", "93.50"],
                ["2", "选手2", "奖项", "二等奖", "一等奖"],
                ["2", "选手2", "称号", "", "区级工匠"],
                ["1", "选手1", "名次", "1", "2"],
                ["1", "选手1", "奖项", "一等奖", "二等奖"],
                ["1", "选手1", "称号", "区级工匠", ""],
            ])
        var stamp = PublicationFixture.stamp
        stamp.version = 2
        #expect(
            changes.lines(stamp: stamp, from: 1).prefix(2) == [
                ["2026年工匠杯 电工 成绩更正 第1版→第2版 结果表SHA-256：ab12"], ["参赛号", "姓名", "项目", "更正前", "更正后"],
            ])
        #expect(SheetChanges(old: old, new: old).isEmpty)
    }

    @Test func aCompetitorAddedOrRemovedShowsTheirCellsAppearingOrGoing() {
        let old = SheetTable(header: ["名次", "参赛号", "姓名"], rows: [["1", "1", "甲"], ["2", "2", "乙"]])
        let new = SheetTable(header: ["名次", "参赛号", "姓名"], rows: [["1", "1", "甲"], ["2", "3", "丙"]])
        #expect(
            SheetChanges(old: old, new: new).changes.map { [$0.number, $0.column, $0.old, $0.new] } == [
                ["3", "名次", "", "2"], ["3", "姓名", "", "丙"], ["2", "名次", "2", ""], ["2", "姓名", "乙", ""],
            ])
    }

    @Test func aSheetReadsBackAsItWasWritten() throws {
        let header = ["名次", "参赛号", "姓名", "备注"]
        let rows = [["1", "1", "张\"三\"", "a,b"], ["", "2", "李四", "两\r\n行"], ["", "3", "", ""]]
        let table = try #require(SheetTable(csv: CSVSheetWriter.render(header: header, rows: rows, bom: true)))
        #expect(table == SheetTable(header: header, rows: rows))
        #expect(SheetTable(csv: Data([0xFF, 0xFE, 0x00])) == nil)
    }
}
