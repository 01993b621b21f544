import ResultSheets
import ScoreStore

/// Streams a CSV file into a store import, turning the store's refusals into
/// `FILE:LINE:COLUMN: "value" — problem` messages.
enum CSVImport {
    static func run<Row, Result>(
        path: String, required: [String], optional: [String] = [],
        row makeRow: @escaping (CSVRecord, (String) -> String) -> Row,
        into store: (_ nextRow: () throws -> Row?) throws -> Result
    ) throws -> Result {
        let reader = try CSVTableReader(path: path, required: required, optional: optional)
        // A short list, not a dictionary: comparing a few small strings beats hashing per field.
        let indices = (required + optional).compactMap { name in reader.index(of: name).map { (name, $0) } }
        do {
            return try store {
                // Excel saves emptied rows as ",,,,": they hold nothing to import.
                while let record = try reader.next() {
                    guard record.fields.allSatisfy(\.isEmpty) else {
                        return makeRow(record) { name in
                            indices.first { $0.0 == name }.map { record.fields[$0.1] } ?? ""
                        }
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

    static func roster(_ path: String, into database: ScoreDatabase, clerk: String) throws -> ImportSummary {
        try run(
            path: path, required: ["number", "name", "unit", "trade"], optional: ["status"],
            row: { record, field in
                RosterRow(
                    line: record.line, number: field("number"), name: field("name"), unit: field("unit"),
                    trade: field("trade"), status: field("status"))
            },
            into: { try database.importRoster(file: path, clerk: clerk, nextRow: $0) })
    }

    static func marks(_ path: String, into database: ScoreDatabase, clerk: String, replace: Bool) throws
        -> ImportSummary
    {
        try run(
            path: path, required: ["number", "round", "judge", "score"], optional: ["criterion"],
            row: { record, field in
                MarkRow(
                    line: record.line, number: field("number"), round: field("round"), judge: field("judge"),
                    score: field("score"), criterion: field("criterion"))
            },
            into: { try database.importMarks(file: path, clerk: clerk, replace: replace, nextRow: $0) })
    }

    static func times(_ path: String, into database: ScoreDatabase, clerk: String, replace: Bool) throws
        -> ImportSummary
    {
        try run(
            path: path, required: ["number", "round", "time"],
            row: { record, field in
                TimeRow(line: record.line, number: field("number"), round: field("round"), time: field("time"))
            },
            into: { try database.importTimes(file: path, clerk: clerk, replace: replace, nextRow: $0) })
    }
}
