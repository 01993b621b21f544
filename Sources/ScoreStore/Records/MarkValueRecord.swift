import GRDB
import ScoringCore

/// What scoring reads of a `mark` row: whose mark, in which round, by which judge, for which
/// criterion ('' for none), and its value in hundredths; not the batch and line it came from.
/// Selecting these five columns of a trade's half-million marks instead of all seven saved
/// 5% of `competitors show`'s instructions (BENCHMARKS.md, "Records").
struct MarkValueRecord: Equatable {
    var competitorID: Int64
    var roundID: String
    var judgeID: String
    var criterionID: String
    var hundredths: Int64

    /// The scoring core's mark, for the competitor with this number.
    func mark(of number: CompetitorNumber) -> Mark {
        Mark(
            number: number, round: RoundID(roundID), judge: JudgeID(judgeID),
            criterion: criterionID.isEmpty ? nil : CriterionID(criterionID), value: Points(hundredths: hundredths))
    }
}

// MARK: - Database

extension MarkValueRecord: IndexedRecord, TableRecord {
    static let databaseTableName = "mark"
    typealias Columns = MarkRecord.Columns
    static var databaseSelection: [any SQLSelectable] {
        [Columns.competitorID, Columns.roundID, Columns.judgeID, Columns.criterionID, Columns.hundredths]
    }

    struct Indexes {
        var competitorID, roundID, judgeID, criterionID, hundredths: Int
    }

    static func indexes(_ column: ColumnIndex) throws -> Indexes {
        Indexes(
            competitorID: try column(Columns.competitorID), roundID: try column(Columns.roundID),
            judgeID: try column(Columns.judgeID), criterionID: try column(Columns.criterionID),
            hundredths: try column(Columns.hundredths))
    }

    init(row: Row, at indexes: Indexes) {
        competitorID = row[indexes.competitorID]
        roundID = row[indexes.roundID]
        judgeID = row[indexes.judgeID]
        criterionID = row[indexes.criterionID]
        hundredths = row[indexes.hundredths]
    }
}
