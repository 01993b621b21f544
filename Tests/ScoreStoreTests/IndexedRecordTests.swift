import GRDB
import Testing

@testable import ScoreStore

/// Records of the large tables are decoded through column positions found once per statement
/// (`IndexedRecord`): whatever the order of the columns, each field must come from its own.
struct IndexedRecordTests {
    private func database() throws -> ScoreDatabase {
        let database = try sampleDatabase()
        let marks = markRows([("1", "practical", "J1", "12.5", "prep"), ("2", "practical", "J2", "30", "skill")])
        _ = try database.importMarks(file: "m.csv", clerk: "test", replace: false, nextRow: rows(marks))
        return database
    }

    @Test func columnsInAnotherOrderDecodeTheSameRecords() throws {
        try database().writer.read { db in
            let byName = try MarkRecord.order(MarkRecord.Columns.competitorID).fetchAll(db)
            let reordered = try SQLRequest<MarkRecord>(
                sql: """
                    SELECT line, value_h, criterion_id, batch_id, judge_id, 'x' AS extra, round_id, competitor_id
                    FROM mark ORDER BY competitor_id
                    """
            ).fetchIndexedAll(db)
            #expect(reordered == byName)
            #expect(reordered.map(\.hundredths) == [1250, 3000])
            #expect(reordered.map(\.criterionID) == ["prep", "skill"])
            #expect(reordered.map(\.line) == [2, 3])

            // Scoring's read selects five of the seven columns.
            let values = try MarkValueRecord.order(MarkValueRecord.Columns.competitorID).fetchIndexedAll(db)
            #expect(values.map(\.hundredths) == [1250, 3000])
            #expect(values.map(\.judgeID) == ["J1", "J2"])
            #expect(values.map(\.competitorID) == byName.map(\.competitorID))

            let competitors = try CompetitorRecord.order(CompetitorRecord.Columns.id).fetchIndexedAll(db)
            #expect(competitors.map(\.number) == ["1", "2", "3"])
            #expect(competitors.map(\.status) == ["active", "active", "absent"])
            #expect(competitors == (try CompetitorRecord.order(CompetitorRecord.Columns.id).fetchAll(db)))
        }
    }

    @Test func aMissingColumnIsAnErrorNotATrap() throws {
        try database().writer.read { db in
            #expect(throws: DatabaseError.self) {
                try SQLRequest<MarkRecord>(sql: "SELECT competitor_id, round_id FROM mark").fetchIndexedAll(db)
            }
            #expect(throws: DatabaseError.self) {
                try SQLRequest<MarkRecord>(sql: "SELECT competitor_id, round_id FROM mark").fetchOne(db)
            }
        }
    }
}
