import GRDB
import Messages
import ScoringCore
import StoreValues
import Testing

@testable import ScoreStore

/// An import inserts its marks `MarkWriter.rowsPerStatement` at a time; whatever goes wrong,
/// it must refuse the same row, with the same words, as a row-by-row import.
struct BatchedImportTests {
    /// `sampleCompetition` with competitors 1...count, all active.
    private func database(competitors count: Int) throws -> ScoreDatabase {
        let database = try ScoreDatabase(path: nil)
        try database.saveCompetition(sampleCompetition, by: "test")
        let roster = (1...count).map {
            RosterRow(line: $0 + 1, number: "\($0)", name: "选手\($0)", unit: "单位\($0)", trade: "nursery")
        }
        _ = try database.importRoster(file: "roster.csv", clerk: "test", nextRow: rows(roster))
        return database
    }

    /// Theory marks for the competitors, in order, from line 2; the value is 20 + number % 80.
    private func theory(_ numbers: [Int]) -> [(String, String, String, String, String)] {
        numbers.map { ("\($0)", "theory", "T1", "\(20 + $0 % 80)", "") }
    }

    private func twice(line: Int, value: String, number: Int, first: Int) -> RowRefusal {
        RowRefusal(
            line: line, field: "score", value: value,
            problem:
                "competitor \(number), round theory, judge T1: the same mark is given twice in this file (first at line \(first))"
        )
    }

    @Test func moreRowsThanOneStatementHoldsAreAllStoredExactly() throws {
        let batch = MarkWriter.rowsPerStatement
        let database = try database(competitors: batch * 2 + 5)
        let marks = markRows(theory(Array(1...(batch * 2 + 5))))
        let summary = try database.importMarks(file: "m.csv", clerk: "test", replace: false, nextRow: rows(marks))
        #expect(summary == ImportSummary(added: batch * 2 + 5))
        let stored = try database.writer.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT c.number, m.value_h, m.line FROM mark m JOIN competitor c ON c.id = m.competitor_id")
        }
        #expect(stored.count == batch * 2 + 5)
        for row in stored {
            let number = Int(row[0] as String)!
            #expect(row[1] as Int64 == Int64(20 + number % 80) * 100)
            #expect(row[2] as Int == number + 1)
        }
    }

    @Test func twoDuplicatesInOneFullStatementAreReportedInFileOrder() throws {
        let batch = MarkWriter.rowsPerStatement
        let database = try database(competitors: batch)
        var fields = theory(Array(1...batch))
        // Line 25 repeats line 4 (competitor 3); line 30 repeats line 3 (competitor 2), whose
        // key sorts first.
        fields[23] = ("3", "theory", "T1", "99", "")
        fields[28] = ("2", "theory", "T1", "98", "")
        let refused = try #require(throws: Refusals.self) {
            try database.importMarks(file: "m.csv", clerk: "test", replace: false, nextRow: rows(markRows(fields)))
        }
        #expect(
            refused.refusals.map(RowRefusal.init) == [
                twice(line: 25, value: "99", number: 3, first: 4), twice(line: 30, value: "98", number: 2, first: 3),
            ])
        #expect(try database.markCount() == 0)
    }

    @Test func aDuplicateInALaterStatementNamesItsFirstLineInAnEarlierOne() throws {
        let batch = MarkWriter.rowsPerStatement
        let database = try database(competitors: batch + 10)
        var fields = theory(Array(1...(batch + 10)))
        fields.append(("5", "theory", "T1", "70", ""))
        fields.append(("4", "theory", "T1", "70", ""))
        let line = batch + 10 + 2
        let refused = try #require(throws: Refusals.self) {
            try database.importMarks(file: "m.csv", clerk: "test", replace: false, nextRow: rows(markRows(fields)))
        }
        #expect(
            refused.refusals.map(RowRefusal.init) == [
                twice(line: line, value: "70", number: 5, first: 6),
                twice(line: line + 1, value: "70", number: 4, first: 5),
            ])
        #expect(try database.markCount() == 0)
    }

    @Test func aMarkAlreadyStoredIsNamedInsideAFullStatement() throws {
        let batch = MarkWriter.rowsPerStatement
        let database = try database(competitors: batch + 3)
        _ = try database.importMarks(
            file: "first.csv", clerk: "test", replace: false, nextRow: rows(markRows(theory([30]))))
        expectRefusal(
            RowRefusal(
                line: 31, field: "score", value: "50",
                problem:
                    "competitor 30, round theory, judge T1: a mark is already stored (50.00, from first.csv line 2); use --replace to change it"
            )
        ) {
            try database.importMarks(
                file: "second.csv", clerk: "test", replace: false,
                nextRow: rows(markRows(theory(Array(1...(batch + 3))))))
        }
        #expect(try database.markCount() == 1)
    }

    @Test func aQueuedDuplicateComesBeforeALaterBadRow() throws {
        let database = try database(competitors: 12)
        var fields = theory(Array(1...10))
        fields[6] = ("2", "theory", "T1", "77", "")  // line 8 repeats line 3
        fields.append(("11", "theory", "X9", "60", ""))  // line 12: no such judge
        let refused = try #require(throws: Refusals.self) {
            try database.importMarks(file: "m.csv", clerk: "test", replace: false, nextRow: rows(markRows(fields)))
        }
        #expect(refused.refusals.map { RowRefusal($0).line } == [8, 12])
        #expect(refused.refusals.first.map(RowRefusal.init) == twice(line: 8, value: "77", number: 2, first: 3))
        // Without the duplicate, the bad judge is what is refused.
        fields[6] = ("7", "theory", "T1", "57", "")
        #expect(throws: Refusal.self) {
            try database.importMarks(file: "m.csv", clerk: "test", replace: false, nextRow: rows(markRows(fields)))
        }
        do {
            _ = try database.importMarks(
                file: "m.csv", clerk: "test", replace: false, nextRow: rows(markRows(fields)))
        } catch let refusal as Refusal {
            #expect(RowRefusal(refusal).line == 12)
            #expect(RowRefusal(refusal).field == "judge")
        }
        #expect(try database.markCount() == 0)
    }

    @Test func rowsOfOneCompetitorAndJudgeAreEachCheckedForCriterionAndValue() throws {
        let database = try database(competitors: 2)
        let badCriterion = markRows([
            ("1", "practical", "J1", "30", "prep"), ("1", "practical", "J1", "50", "taste"),
        ])
        expectRefusal(
            RowRefusal(
                line: 3, field: "criterion", value: "taste",
                problem:
                    "round practical has no criterion with this id or name; its criteria are prep (操作准备), skill (操作技能)")
        ) {
            try database.importMarks(file: "m.csv", clerk: "test", replace: false, nextRow: rows(badCriterion))
        }
        let aboveMaximum = markRows([
            ("1", "practical", "J1", "30", "prep"), ("1", "practical", "J1", "60.5", "skill"),
        ])
        #expect(throws: Refusal.self) {
            try database.importMarks(file: "m.csv", clerk: "test", replace: false, nextRow: rows(aboveMaximum))
        }
        let missingCriterion = markRows([("1", "practical", "J1", "30", "prep"), ("1", "practical", "J1", "30", "")])
        #expect(throws: Refusal.self) {
            try database.importMarks(file: "m.csv", clerk: "test", replace: false, nextRow: rows(missingCriterion))
        }
        #expect(try database.markCount() == 0)
    }
}

struct JudgeSetTests {
    @Test func judgesBeyondTheFirstSixtyFourAreCountedToo() {
        var judges = JudgeSet()
        for judge in [70, 3, 63, 64, 3, 0, 70] { judges.insert(judge) }
        #expect(judges.count == 5)
        #expect(judges.members == [0, 3, 63, 64, 70])
        #expect(judges.contains(64) && judges.contains(0) && !judges.contains(1) && !judges.contains(65))
    }
}
