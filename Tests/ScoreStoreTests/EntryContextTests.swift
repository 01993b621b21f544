import GRDB
import ScoringCore
import Testing

@testable import ScoreStore

/// A large file reads the roster and stored judges up front, a small one looks up what its rows
/// name (`EntryContext`): both must refuse the same rows with the same words.
struct EntryContextTests {
    /// `sampleCompetition` with competitors 1...700; competitor 2 has three practical judges
    /// stored already, and theory is locked.
    private func database() throws -> ScoreDatabase {
        let database = try ScoreDatabase(path: nil)
        try database.saveCompetition(sampleCompetition, by: "test")
        let roster = (1...700).map {
            RosterRow(line: $0 + 1, number: "\($0)", name: "选手\($0)", unit: "单位\($0)", trade: "nursery")
        }
        _ = try database.importRoster(file: "roster.csv", clerk: "test", nextRow: rows(roster))
        let stored = markRows(["J1", "J2", "J3"].map { ("2", "practical", $0, "30", "prep") })
        _ = try database.importMarks(file: "stored.csv", clerk: "test", replace: false, nextRow: rows(stored))
        try database.writer.write { db in
            try db.execute(sql: "INSERT INTO round_lock VALUES ('nursery', 'theory', 'J4', '2026-11-26T07:40:12Z')")
        }
        return database
    }

    /// Lines 2–8: an unknown number, a fourth judge in the file, a fourth judge beside three
    /// stored, a locked round, and a number written with 全角 digits that must still be found.
    private let badRows: [(String, String, String, String, String)] = [
        ("9999", "practical", "J1", "10", "prep"),
        ("1", "practical", "J1", "10", "prep"),
        ("1", "practical", "J2", "10", "prep"),
        ("1", "practical", "J3", "10", "prep"),
        ("1", "practical", "J4", "10", "prep"),
        ("2", "practical", "J4", "10", "prep"),
        ("3", "theory", "T1", "50", ""),
        ("１０", "practical", "J1", "12", "skill"),
    ]

    private func refusal(_ fields: [(String, String, String, String, String)]) throws -> String {
        let database = try database()
        do {
            _ = try database.importMarks(file: "m.csv", clerk: "test", replace: false, nextRow: rows(markRows(fields)))
        } catch {
            #expect(try database.markCount() == 3)
            return "\(error)"
        }
        Issue.record("the import was not refused")
        return ""
    }

    @Test func aLargeFileIsRefusedExactlyAsASmallOne() throws {
        let padding = (4...700).filter { $0 != 10 }.flatMap { number in
            ["J1", "J2", "J3"].flatMap { judge in
                ["prep", "skill"].map { ("\(number)", "practical", judge, "20", $0) }
            }
        }
        #expect(badRows.count + padding.count >= EntryContext.wholeFrom)
        let small = try refusal(badRows)
        #expect(small.contains("9999"))
        #expect(small.contains("already has marks from J1, J2, J3"))
        #expect(small.contains("is locked"))
        #expect(!small.contains("１０"))
        #expect(try refusal(badRows + padding) == small)
    }
}
