import ResultSheets
import ScoreStore
import ScoringCore

/// Streams a CSV file into a store import, turning the store's refusals into
/// `FILE:LINE:COLUMN: "value" — problem` messages.
enum CSVImport {
    /// `row` is given a lookup of columns by name and returns the maker of one row; it runs
    /// once, after the header is read, so names are looked up once and not per record.
    static func run<Row, Result>(
        path: String, required: [String], optional: [String] = [],
        row: (_ column: (String) -> CSVColumn) -> (CSVRecord) -> Row,
        into store: (_ nextRow: @escaping () throws -> Row?) throws -> Result
    ) throws -> Result {
        let reader = try CSVTableReader(path: path, required: required, optional: optional)
        let makeRow = row { name in
            assert((required + optional).contains(name), "column \(name) is not one the import reads")
            return reader.column(name)
        }
        do {
            return try store {
                // Excel saves emptied rows as ",,,,": they hold nothing to import.
                while let record = try reader.next() {
                    guard record.fields.allSatisfy(\.isEmpty) else {
                        try refuseUnsafeText(record, reader)
                        return makeRow(record)
                    }
                }
                return nil
            }
        } catch let refusal as EntryRefusal {
            // Column 0 when the field's column is absent from the file (an optional one).
            let column = reader.index(of: refusal.field).map { $0 + 1 } ?? 0
            throw CSVInputError(
                file: path, line: refusal.line, column: column, value: refusal.value, problem: refusal.problem)
        }
    }

    /// Every field of an imported row is text a person typed: no control or bidirectional
    /// characters, at most `TextField.maxLength` characters (see `TextField`).
    private static func refuseUnsafeText(_ record: CSVRecord, _ reader: CSVTableReader) throws {
        for (index, field) in record.fields.enumerated() {
            if let problem = TextField.problem(field) {
                throw CSVInputError(
                    file: reader.path, line: record.line, column: index + 1, value: TextField.shown(field),
                    problem: "the field \(problem)")
            }
        }
    }

    static func roster(_ path: String, into database: ScoreDatabase, clerk: String, authenticated: String = "")
        throws -> ImportSummary
    {
        try run(
            path: path, required: ["number", "name", "unit", "trade"], optional: ["status"],
            row: { column in
                let (number, name, unit) = (column("number"), column("name"), column("unit"))
                let (trade, status) = (column("trade"), column("status"))
                return { record in
                    RosterRow(
                        line: record.line, number: record[number], name: record[name], unit: record[unit],
                        trade: record[trade], status: record[status])
                }
            },
            into: { try database.importRoster(file: path, clerk: clerk, authenticated: authenticated, nextRow: $0) })
    }

    static func marks(
        _ path: String, into database: ScoreDatabase, clerk: String, replace: Bool, authenticated: String = ""
    ) throws -> ImportSummary {
        try run(
            path: path, required: ["number", "round", "judge", "score"], optional: ["criterion"],
            row: { column in
                let (number, round, judge) = (column("number"), column("round"), column("judge"))
                let (score, criterion) = (column("score"), column("criterion"))
                return { record in
                    MarkRow(
                        line: record.line, number: record[number], round: record[round], judge: record[judge],
                        score: record[score], criterion: record[criterion])
                }
            },
            into: {
                try database.importMarks(
                    file: path, clerk: clerk, replace: replace, authenticated: authenticated, nextRow: $0)
            })
    }

    static func times(
        _ path: String, into database: ScoreDatabase, clerk: String, replace: Bool, authenticated: String = ""
    ) throws -> ImportSummary {
        try run(
            path: path, required: ["number", "round", "time"],
            row: { column in
                let (number, round, time) = (column("number"), column("round"), column("time"))
                return { record in
                    TimeRow(line: record.line, number: record[number], round: record[round], time: record[time])
                }
            },
            into: {
                try database.importTimes(
                    file: path, clerk: clerk, replace: replace, authenticated: authenticated, nextRow: $0)
            })
    }
}
