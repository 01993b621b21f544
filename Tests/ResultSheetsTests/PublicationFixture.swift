import ResultSheets
import ScoringCore

/// A small trade to publish: theory 30% + practical 70%, one mark each, two prize tiers
/// (the second with a minimum nobody reaches) and one absent competitor.
enum PublicationFixture {
    static let competition = Competition(
        id: "c", name: "2026年工匠杯", trades: [Trade(id: "t1", name: "电工")],
        rounds: [
            Round(id: "theory", name: "理论", max: Points(whole: 100), weight: Points(whole: 30), aggregate: .single),
            Round(id: "practical", name: "实操", max: Points(whole: 100), weight: Points(whole: 70), aggregate: .single),
        ],
        judges: [Judge(id: "j1", name: "j1")],
        prizes: [
            PrizeTier(name: "一等奖", quota: .count(1), title: "区级工匠"),
            PrizeTier(name: "二等奖", quota: .count(1)),
            PrizeTier(name: "三等奖", quota: .count(5), minTotal: Points(whole: 99)),
        ])

    static let stamp = PublicationStamp(
        competition: "2026年工匠杯", trade: "电工", version: 1, sheetDigest: "ab12", noticeStart: "2026年11月26日 15:00",
        noticeEnd: "2026年12月1日 15:00")

    /// Marks (theory, practical) per competitor number; number 9 is absent.
    static func results(_ marks: [String: (String, String)]) -> TradeResults {
        var competitors = marks.keys.sorted().map {
            Competitor(number: CompetitorNumber($0), name: "选手\($0)", unit: "单位\($0)", trade: "t1", status: .active)
        }
        competitors.append(Competitor(number: "9", name: "缺考者", unit: "单位9", trade: "t1", status: .absent))
        let entered = marks.flatMap { number, pair in
            [
                Mark(
                    number: CompetitorNumber(number), round: "theory", judge: "j1", value: try! Points(parsing: pair.0)),
                Mark(
                    number: CompetitorNumber(number), round: "practical", judge: "j1",
                    value: try! Points(parsing: pair.1)),
            ]
        }
        return Scoring(competition: competition).results(competitors: competitors, marks: entered, times: [])[0]
    }

    static let standard = results(["1": ("80", "90"), "2": ("90", "70"), "3": ("60", "60")])
}
