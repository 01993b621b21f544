import Foundation
import Messages
import ScoringCore
import Testing

@testable import CompetitionConfig

/// `Fixtures/config/<name>`, found from this file's place in the package.
func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/config/\(name)").path
}

struct CompetitionFileLoadingTests {
    /// The example of CLI.md, "Competition file", as the model of ScoringCore.
    static let shunyi = Competition(
        id: "shunyi-2024",
        name: "2024年顺义区\"工匠杯\"家庭服务业技能竞赛",
        trades: [
            Trade(id: "nursery", name: "育婴员"),
            Trade(id: "caregiver", name: "家庭照护员"),
        ],
        rounds: [
            Round(
                id: "theory", name: "理论知识", max: Points(whole: 100), weight: Points(whole: 30),
                aggregate: .single, judges: 1),
            Round(
                id: "practical", name: "实际操作", max: Points(whole: 100), weight: Points(whole: 70),
                aggregate: .trimmedMean(trim: 1), judges: 5,
                criteria: [
                    Criterion(id: "prep", name: "操作准备", max: Points(whole: 20)),
                    Criterion(id: "skill", name: "操作技能", max: Points(whole: 60)),
                    Criterion(id: "care", name: "人文关怀", max: Points(whole: 20)),
                ],
                qualify: Qualification(after: "theory", cut: .top(10))),
        ],
        judges: [
            Judge(id: "T1", name: "阅卷组", unit: "区人社局"),
            Judge(id: "J1", name: "王芳", unit: "区总工会"),
        ],
        tieBreak: [.round("practical"), .round("theory")],
        percentRounding: .floor,
        prizes: [
            PrizeTier(name: "一等奖", quota: .count(2), title: "顺义工匠"),
            PrizeTier(name: "二等奖", quota: .count(3)),
            PrizeTier(name: "三等奖", quota: .count(5), minTotal: Points(whole: 60)),
        ])

    @Test func theCLIExampleLoadsToTheExactModel() throws {
        #expect(try CompetitionFile.load(path: fixture("shunyi.yaml")) == Self.shunyi)
    }

    @Test func parsingTheSameTextGivesTheSameModel() throws {
        let text = try String(contentsOfFile: fixture("shunyi.yaml"), encoding: .utf8)
        #expect(try CompetitionFile.parse(text, file: "shunyi.yaml") == Self.shunyi)
    }

    @Test func defaultsAndOptionalForms() throws {
        let yaml = """
            competition: { id: 2024, name: 技能竞赛 }
            trades:
              - id: 7
                name: 育婴员
            rounds:
              - id: theory
                name: 理论知识
                max: 40.5
                weight: 12.25
                aggregate: median
              - id: practical
                name: 实际操作
                max: "59.50"
                weight: 87.75
                aggregate: trimmed-mean
                trim: 2
                judges: 7
                criteria:
                  - { id: prep, max: 19.5 }
                  - { id: skill, name: 操作技能, max: 40 }
                qualify: { after: theory, min_score: 24.05 }
              - id: oral
                name: 答辩
                max: 10
                weight: 0
            judges:
              - { id: J1 }
              - { id: J2, name: 王芳, unit: 区总工会 }
              - id: J3
                name:
                unit: ~
            tie_break: [practical, time:practical, "time: oral", { time: theory }]
            percent_rounding: half-up
            prizes:
              - { name: 一等奖, percent: 10, title: 顺义工匠 }
              - { name: 二等奖, percent: 12.5, min_total: 60.25 }
              - { name: 优胜奖, count: 0 }

            """
        let expected = Competition(
            id: "2024", name: "技能竞赛",
            trades: [Trade(id: "7", name: "育婴员")],
            rounds: [
                Round(
                    id: "theory", name: "理论知识", max: Points(hundredths: 4050), weight: Points(hundredths: 1225),
                    aggregate: .median),
                Round(
                    id: "practical", name: "实际操作", max: Points(hundredths: 5950), weight: Points(hundredths: 8775),
                    aggregate: .trimmedMean(trim: 2), judges: 7,
                    criteria: [
                        Criterion(id: "prep", name: "prep", max: Points(hundredths: 1950)),
                        Criterion(id: "skill", name: "操作技能", max: Points(whole: 40)),
                    ],
                    qualify: Qualification(after: "theory", cut: .minScore(Points(hundredths: 2405)))),
                Round(id: "oral", name: "答辩", max: Points(whole: 10), weight: .zero, aggregate: .mean),
            ],
            judges: [
                // No unit given, or `unit: ~`: no unit (nil), not an empty one.
                Judge(id: "J1", name: "J1", unit: nil),
                Judge(id: "J2", name: "王芳", unit: "区总工会"),
                Judge(id: "J3", name: "J3", unit: nil),
            ],
            tieBreak: [.round("practical"), .time("practical"), .time("oral"), .time("theory")],
            percentRounding: .halfUp,
            prizes: [
                PrizeTier(name: "一等奖", quota: .percent(Percent(whole: 10)), title: "顺义工匠"),
                PrizeTier(name: "二等奖", quota: .percent(Percent(hundredths: 1250)), minTotal: Points(hundredths: 6025)),
                PrizeTier(name: "优胜奖", quota: .count(0)),
            ])
        #expect(try CompetitionFile.parse(yaml, file: "demo.yaml") == expected)
    }

    @Test func theSmallestCompetitionTakesEveryDefault() throws {
        let yaml = """
            competition: { id: c, name: C }
            trades: [{ id: t, name: T }]
            rounds: [{ id: r, name: R, max: 100, weight: 100 }]

            """
        #expect(
            try CompetitionFile.parse(yaml, file: "c.yaml")
                == Competition(
                    id: "c", name: "C", trades: [Trade(id: "t", name: "T")],
                    rounds: [Round(id: "r", name: "R", max: Points(whole: 100), weight: Points(whole: 100))],
                    judges: [], tieBreak: [], percentRounding: .floor, prizes: []))
    }

    @Test func aByteOrderMarkAndCRLFLineEndsAreAccepted() throws {
        let text =
            "\u{FEFF}"
            + (try String(contentsOfFile: fixture("shunyi.yaml"), encoding: .utf8))
            .replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try CompetitionFile.parse(text, file: "shunyi.yaml") == Self.shunyi)
    }

    @Test func anUnknownKeyAfterAByteOrderMarkIsAtTheColumnAnEditorShows() {
        #expect(
            throws: Refusal(
                .unknownKey, at: .key(file: "bom.yaml", line: 1, column: 22, path: "competition.nam"),
                [
                    "value": "\"y\"", "allowed": "id, name, organizer, contact, signatures", "guess": "name",
                ])
        ) {
            try CompetitionFile.parse("\u{FEFF}competition: {id: x, nam: y}\n", file: "bom.yaml")
        }
    }
}
