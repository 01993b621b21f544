import Foundation
import ScoreStore
import ScoringCore

/// A small competition: theory (single, T1) and practical (3 judges, two criteria).
let sampleCompetition = Competition(
    id: "store-test", name: "存储测试",
    trades: [Trade(id: "nursery", name: "育婴员")],
    rounds: [
        Round(
            id: "theory", name: "理论知识", max: Points(whole: 100), weight: Points(whole: 30), aggregate: .single,
            judges: 1),
        Round(
            id: "practical", name: "实际操作", max: Points(whole: 100), weight: Points(whole: 70),
            aggregate: .trimmedMean(trim: 1), judges: 3,
            criteria: [
                Criterion(id: "prep", name: "操作准备", max: Points(whole: 40)),
                Criterion(id: "skill", name: "操作技能", max: Points(whole: 60)),
            ]),
    ],
    judges: [
        Judge(id: "T1", name: "阅卷组"), Judge(id: "J1", name: "王芳"), Judge(id: "J2", name: "李明"),
        Judge(id: "J3", name: "赵强"), Judge(id: "J4", name: "孙丽"),
    ],
    tieBreak: [.round("practical")],
    prizes: [PrizeTier(name: "一等奖", quota: .count(1), title: "工匠")])

/// An in-memory database holding `sampleCompetition` and competitors 1–3 (3 absent).
func sampleDatabase() throws -> ScoreDatabase {
    let database = try ScoreDatabase(path: nil)
    try database.saveCompetition(sampleCompetition, by: "test")
    _ = try database.importRoster(
        file: "roster.csv", clerk: "test",
        nextRow: rows([
            RosterRow(line: 2, number: "1", name: "张三", unit: "甲公司", trade: "nursery"),
            RosterRow(line: 3, number: "2", name: "李四", unit: "乙公司", trade: "nursery", status: "active"),
            RosterRow(line: 4, number: "3", name: "王五", unit: "丙公司", trade: "nursery", status: "absent"),
        ]))
    return database
}

/// Feeds rows to an import the way a CSV reader does.
func rows<Row>(_ rows: [Row]) -> () throws -> Row? {
    var iterator = rows.makeIterator()
    return { iterator.next() }
}

/// Marks rows numbered from line 2, as under a header row.
func markRows(_ fields: [(String, String, String, String, String)]) -> [MarkRow] {
    fields.enumerated().map { index, field in
        MarkRow(line: index + 2, number: field.0, round: field.1, judge: field.2, score: field.3, criterion: field.4)
    }
}
