import Foundation
import GRDB
import Messages
import ScoringCore
import StoreValues
import Testing

@testable import ScoreStore

struct MigrationTests {
    @Test func anEmptyDatabaseGetsTheWholeSchemaAndRoundTripsTheCompetition() throws {
        let database = try ScoreDatabase(path: nil)
        try database.saveCompetition(sampleCompetition, by: "test")
        #expect(try database.competition() == sampleCompetition)
        let tables = try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        #expect(
            tables.filter { !$0.hasPrefix("grdb_") } == [
                "appeal", "audit_cover", "audit_log", "batch_revert", "clerk", "clerk_credential", "clerk_pin_failure",
                "competition", "competition_option", "competitor", "competitor_change", "credential", "criterion",
                "document_settings", "double_entry",
                "double_entry_resolution", "double_entry_round", "entry_batch", "judge", "mark", "mark_correction",
                "mark_history", "panel_judge", "pin_failure", "pin_lockout", "prize_tier", "publication",
                "publication_file", "recusal_allowance", "round",
                "round_lock", "round_max_spread", "spread_confirmation", "sqlite_sequence", "tie_break", "time_history",
                "time_used",
                "trade",
            ])
    }

    @Test func aSecondCompetitionIsRefused() throws {
        let database = try sampleDatabase()
        #expect(throws: Refusal(.alreadyHasCompetition, ["competition": "store-test"])) {
            try database.saveCompetition(sampleCompetition, by: "test")
        }
    }

    @Test func openingAPathWithNoDatabaseIsRefusedAndCreatesNothing() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("missing-\(UUID()).sqlite").path
        #expect(throws: Refusal(.noDatabase, ["database": path])) { try ScoreDatabase(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}

struct ConstraintTests {
    @Test func theSchemaRefusesNegativeMarksUnknownRoundsAndDuplicates() throws {
        let database = try sampleDatabase()
        try database.writer.write { db in
            try db.execute(sql: "INSERT INTO entry_batch (id, kind, clerk) VALUES (99, 'test', 'x')")
            let insert = """
                INSERT INTO mark (competitor_id, round_id, judge_id, criterion_id, value_h, batch_id, line)
                VALUES (?, ?, ?, ?, ?, 99, 1)
                """
            #expect(throws: DatabaseError.self) { try db.execute(sql: insert, arguments: [1, "theory", "T1", "", -1]) }
            #expect(throws: DatabaseError.self) { try db.execute(sql: insert, arguments: [1, "nope", "T1", "", 100]) }
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: insert, arguments: [1, "theory", "J9", "", 100])
            }
            try db.execute(sql: insert, arguments: [1, "theory", "T1", "", 100])
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: insert, arguments: [1, "theory", "T1", "", 200])
            }
        }
    }
}

struct MarkImportTests {
    @Test func marksAreStoredExactlyAndScored() throws {
        let database = try sampleDatabase()
        let summary = try database.importMarks(
            file: "marks.csv", clerk: "test", replace: false,
            nextRow: rows(markRows([("1", "theory", "T1", "85.5", ""), ("2", "theory", "T1", "90.25", "")])))
        #expect(summary == ImportSummary(added: 2))
        let marks = try database.marks()
        #expect(marks.map(\.value) == [Points(hundredths: 8550), Points(hundredths: 9025)])
    }

    @Test func scoringTradeByTradeMatchesScoringEverythingAtOnce() throws {
        let database = try sampleDatabase()
        _ = try database.importMarks(
            file: "marks.csv", clerk: "test", replace: false,
            nextRow: rows(
                markRows([
                    ("1", "theory", "T1", "85.5", ""), ("1", "practical", "J1", "30", "prep"),
                    ("1", "practical", "J1", "50", "skill"), ("2", "theory", "T1", "90.25", ""),
                ])))
        let everything = Scoring(competition: try database.competition()).results(
            competitors: try database.competitors(), marks: try database.marks(), times: try database.times())
        #expect(try database.scoredCompetition().trades == everything)
    }

    @Test func aMistakeInTheLastRowLeavesNothingImported() throws {
        let database = try sampleDatabase()
        var fields = (0..<10_000).map { _ in ("1", "theory", "T1", "80", "") }
        fields = [("1", "theory", "T1", "80", "")] + [("2", "theory", "T1", "81", "")]
        let good = markRows(fields)
        let bad = MarkRow(
            line: 10_001, number: "1", round: "practical", judge: "J1", score: "85.123", criterion: "prep")
        expectRefusal(
            RowRefusal(
                line: 10_001, field: "score", value: "85.123", problem: "a mark has at most 2 decimal places")
        ) {
            try database.importMarks(file: "marks.csv", clerk: "test", replace: false, nextRow: rows(good + [bad]))
        }
        #expect(try database.markCount() == 0)
        let batches = try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM entry_batch") }
        #expect(batches == 1)  // only the roster's
    }

    @Test(arguments: [
        (
            MarkRow(line: 2, number: "9", round: "theory", judge: "T1", score: "80"), "number",
            "no competitor has this number"
        ),
        (
            MarkRow(line: 2, number: "1", round: "final", judge: "T1", score: "80"), "round",
            "no round has this id or name; rounds are theory (理论知识), practical (实际操作)"
        ),
        (
            MarkRow(line: 2, number: "1", round: "theory", judge: "X", score: "80"), "judge",
            "no judge has this id or name; judges are T1 (阅卷组), J1 (王芳), J2 (李明), J3 (赵强), J4 (孙丽)"
        ),
        (
            MarkRow(line: 2, number: "1", round: "theory", judge: "T1", score: "80", criterion: "prep"), "criterion",
            "round theory has no criteria: leave criterion empty"
        ),
        (
            MarkRow(line: 2, number: "1", round: "practical", judge: "J1", score: "30"), "criterion",
            "round practical is marked by criterion: give one of prep, skill"
        ),
        (
            MarkRow(line: 2, number: "1", round: "practical", judge: "J1", score: "30", criterion: "care"), "criterion",
            "round practical has no criterion with this id or name; its criteria are prep (操作准备), skill (操作技能)"
        ),
        (
            MarkRow(line: 2, number: "1", round: "practical", judge: "J1", score: "40.01", criterion: "prep"), "score",
            "above the maximum of 40.00"
        ),
        (
            MarkRow(line: 2, number: "1", round: "theory", judge: "T1", score: "NaN"), "score",
            "not a mark: expected a number like 86 or 86.50"
        ),
        (
            MarkRow(line: 2, number: "1", round: "theory", judge: "T1", score: "-1"), "score",
            "a mark cannot be negative"
        ),
        (MarkRow(line: 2, number: "1", round: "theory", judge: "T1", score: ""), "score", "a mark is required"),
    ])
    func badRowsAreRefusedWithTheFieldAndReason(row: MarkRow, field: String, problem: String) throws {
        let database = try sampleDatabase()
        let value =
            switch field {
            case "number": row.number
            case "round": row.round
            case "judge": row.judge
            case "criterion": row.criterion
            default: row.score
            }
        expectRefusal(RowRefusal(line: 2, field: field, value: value, problem: problem)) {
            try database.importMarks(file: "marks.csv", clerk: "test", replace: false, nextRow: rows([row]))
        }
    }

    @Test func aMarkForAnAbsentCompetitorIsKeptButNeverScored() throws {
        let database = try sampleDatabase()
        let summary = try database.importMarks(
            file: "marks.csv", clerk: "test", replace: false, nextRow: rows(markRows([("3", "theory", "T1", "80", "")]))
        )
        #expect(summary.added == 1)
        // Kept, and named in the summary as not scored.
        #expect(summary.ignored.groups.map(\.reason) == [.notActive(.absent)])
        #expect(summary.ignored.groups.first?.competitors.map(\.number) == ["3"])
        let results = try database.scoredCompetition().trades
        let absent = results[0].rows.first { $0.competitor.number == "3" }
        #expect(absent?.standing == .absent)
        #expect(absent?.scores == [nil, nil])
    }

    @Test func theSameMarkTwiceInOneFileIsRefusedEvenWithReplace() throws {
        for replace in [false, true] {
            let database = try sampleDatabase()
            let twice = markRows([("1", "theory", "T1", "80", ""), ("1", "theory", "T1", "81", "")])
            expectRefusal(
                RowRefusal(
                    line: 3, field: "score", value: "81",
                    problem:
                        "competitor 1, round theory, judge T1: the same mark is given twice in this file (first at line 2)"
                )
            ) {
                try database.importMarks(file: "marks.csv", clerk: "test", replace: replace, nextRow: rows(twice))
            }
            #expect(try database.markCount() == 0)
        }
    }

    @Test func anExistingMarkNeedsReplaceWhichKeepsTheOldValueInTheHistory() throws {
        let database = try sampleDatabase()
        _ = try database.importMarks(
            file: "first.csv", clerk: "test", replace: false, nextRow: rows(markRows([("1", "theory", "T1", "80", "")]))
        )
        let again = markRows([("1", "theory", "T1", "82.5", "")])
        expectRefusal(
            RowRefusal(
                line: 2, field: "score", value: "82.5",
                problem:
                    "competitor 1, round theory, judge T1: a mark is already stored (80.00, from first.csv line 2); use --replace to change it"
            )
        ) {
            try database.importMarks(file: "second.csv", clerk: "test", replace: false, nextRow: rows(again))
        }
        let summary = try database.importMarks(file: "second.csv", clerk: "test", replace: true, nextRow: rows(again))
        #expect(summary == ImportSummary(added: 0, replaced: 1))
        #expect(try database.marks().map(\.value) == [Points(hundredths: 8250)])
        let history = try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT old_value_h, old_line FROM mark_history")
        }
        #expect(history.count == 1)
        #expect(history.first?["old_value_h"] == 8000)
        // The replaced mark is named by its key, as mark has no rowid.
        let key = try database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT competitor_id, round_id, judge_id, criterion_id FROM mark_history")
        }
        #expect(key?["round_id"] == "theory")
        #expect(key?["judge_id"] == "T1")
        #expect(key?["criterion_id"] == "")
    }

    @Test func aJudgeBeyondTheRoundsDeclaredJudgesIsRefused() throws {
        let database = try sampleDatabase()
        let marks = markRows([
            ("1", "practical", "J1", "30", "prep"), ("1", "practical", "J2", "30", "prep"),
            ("1", "practical", "J3", "30", "prep"), ("1", "practical", "J1", "50", "skill"),
            ("1", "practical", "J4", "30", "prep"),
        ])
        expectRefusal(
            RowRefusal(
                line: 6, field: "judge", value: "J4",
                problem:
                    "round practical takes 3 judges per competitor and competitor 1 already has marks from J1, J2, J3")
        ) {
            try database.importMarks(file: "marks.csv", clerk: "test", replace: false, nextRow: rows(marks))
        }
    }

    @Test func enteringOneMarkEchoesWhatWasStored() throws {
        let database = try sampleDatabase()
        let row = MarkRow(line: 0, number: "2", round: "practical", judge: "J2", score: "52.5", criterion: "skill")
        let entered = try database.enterMark(row, clerk: "J2", replace: false)
        #expect(entered.competitorName == "李四")
        #expect(entered.criterion?.name == "操作技能")
        #expect(entered.value == Points(hundredths: 5250))
        #expect(entered.replaced == nil)
        let again = try database.enterMark(
            MarkRow(line: 0, number: "2", round: "practical", judge: "J2", score: "53", criterion: "skill"),
            clerk: "J2", replace: true)
        #expect(again.replaced == Points(hundredths: 5250))
    }
}

struct RosterAndTimeImportTests {
    @Test func aDuplicateNumberIsRefusedInTheFileAndAgainstTheRoster() throws {
        let database = try sampleDatabase()
        expectRefusal(
            RowRefusal(
                line: 2, field: "number", value: "1", problem: "competitor number 1 is already on the roster (张三)")
        ) {
            try database.importRoster(
                file: "more.csv", clerk: "t",
                nextRow: rows([RosterRow(line: 2, number: "1", name: "重名", unit: "", trade: "nursery")]))
        }
        expectRefusal(
            RowRefusal(
                line: 3, field: "number", value: "7",
                problem: "competitor number 7 is given twice in this file (first at line 2)")
        ) {
            try database.importRoster(
                file: "more.csv", clerk: "t",
                nextRow: rows([
                    RosterRow(line: 2, number: "7", name: "甲", unit: "", trade: "nursery"),
                    RosterRow(line: 3, number: "7", name: "乙", unit: "", trade: "nursery"),
                ]))
        }
        #expect(try database.competitors().count == 3)
    }

    @Test func unknownTradeAndStatusAreRefused() throws {
        let database = try sampleDatabase()
        expectRefusal(
            RowRefusal(
                line: 2, field: "trade", value: "chef",
                problem: "no trade has this id or name; trades are nursery (育婴员)")
        ) {
            try database.importRoster(
                file: "r.csv", clerk: "t",
                nextRow: rows([RosterRow(line: 2, number: "8", name: "甲", unit: "", trade: "chef")]))
        }
        expectRefusal(
            RowRefusal(
                line: 2, field: "status", value: "sick",
                problem:
                    "unknown status; use active, absent, disqualified or withdrawn, or 正常, 缺考, 取消资格, 退赛 (empty means active)"
            )
        ) {
            try database.importRoster(
                file: "r.csv", clerk: "t",
                nextRow: rows([RosterRow(line: 2, number: "8", name: "甲", unit: "", trade: "nursery", status: "sick")]))
        }
    }

    @Test func timesParseAndAMalformedTimeIsRefused() throws {
        let database = try sampleDatabase()
        _ = try database.importTimes(
            file: "t.csv", clerk: "t", replace: false,
            nextRow: rows([
                TimeRow(line: 2, number: "1", round: "practical", time: "12:34"),
                TimeRow(line: 3, number: "2", round: "practical", time: "1:00:05"),
            ]))
        #expect(try database.times().map(\.seconds) == [754, 3605])
        expectRefusal(
            RowRefusal(
                line: 2, field: "time", value: "12:3",
                problem: "not a time: use whole seconds (754), M:SS (12:34) or H:MM:SS (1:02:34)")
        ) {
            try database.importTimes(
                file: "t.csv", clerk: "t", replace: true,
                nextRow: rows([TimeRow(line: 2, number: "1", round: "practical", time: "12:3")]))
        }
    }
}
