import Messages
import ResultSheets
import ScoreStore
import ScoringCore
import StoreValues

/// Streams a CSV file into a store import, placing the store's refusals in the file: the
/// store names a row's line and field, the header gives the field's column.
enum CSVImport {
    /// `row` is given a lookup of columns by name and returns the maker of one row; it runs
    /// once, after the header is read, so names are looked up once and not per record.
    static func run<Row, Result>(
        path: String, required: [String], optional: [String] = [], aliases: [String: String],
        row: (_ column: (String) -> CSVColumn) -> (CSVRecord) -> Row,
        progress: @escaping ImportProgress,
        into store: (_ nextRow: @escaping () throws -> Row?) throws -> Result
    ) throws -> Imported<Result> {
        let reader = try CSVTableReader(
            path: path, required: required, optional: optional, aliases: aliases, acceptingGB18030: true)
        let makeRow = row { name in
            assert((required + optional).contains(name), "column \(name) is not one the import reads")
            return reader.column(name)
        }
        do {
            // A record the reader refuses is a refusal of the store's kind, listed in its place
            // with the store's own; after a fault that stops the scan, nothing more can be read.
            let result = try store {
                // Excel saves emptied rows as ",,,,": they hold nothing to import.
                while let record = try reader.next() {
                    // By line number: a counter of its own, captured here, cost a check per row.
                    if record.line & 4095 == 0 {
                        progress {
                            Phrase.progressReadLine.text([
                                "percent": "\(reader.bytesScanned * 100 / max(reader.size, 1))",
                                "line": "\(record.line)",
                            ])
                        }
                    }
                    guard record.fields.allSatisfy(\.isEmpty) else {
                        try refuseUnsafeText(record, reader)
                        return makeRow(record)
                    }
                }
                return nil
            }
            return Imported(result: result, encoding: reader.encoding)
        } catch var refusals as Refusals {
            refusals.refusals = refusals.refusals.map { located($0, in: reader) }
            throw refusals
        } catch let refusal as Refusal {
            throw located(refusal, in: reader)
        }
    }

    /// Every field of an imported row is text a person typed: no control or bidirectional
    /// characters, at most `TextField.maxLength` characters (see `TextField`).
    private static func refuseUnsafeText(_ record: CSVRecord, _ reader: CSVTableReader) throws {
        for (index, field) in record.fields.enumerated() where TextField.problem(field) != nil {
            let forbidden = field.unicodeScalars.lazy.compactMap(TextField.forbiddenCharacter).first
            throw Refusal(
                forbidden == nil ? .textTooLong : .forbiddenCharacter, file: reader.path, line: record.line,
                column: index + 1, value: TextField.shown(field),
                forbidden.map { ["character": $0, "character.zh": Refusal.chineseCharacterName($0)] }
                    ?? ["length": String(field.count), "max": String(TextField.maxLength)])
        }
    }

    /// The refusal at its place in the file: the store names a row's line and field, the
    /// header gives the field's column (0 when that optional column is absent).
    private static func located(_ refusal: Refusal, in reader: CSVTableReader) -> Refusal {
        guard case .row(let file, let line, let column, let field)? = refusal.place, file.isEmpty else {
            return refusal
        }
        var located = refusal
        let found = field.flatMap { reader.index(of: $0.rawValue) }.map { $0 + 1 }
        located.place = .row(file: reader.path, line: line, column: column ?? found ?? 0, field: field)
        return located
    }

    /// The Chinese column names each file may use beside the keys (docs/input-files.md): those
    /// of the result sheets, and 环节 or 轮次 for a round.
    static let rosterColumns = ["参赛号": "number", "姓名": "name", "单位": "unit", "工种": "trade", "状态": "status"]
    static let marksColumns = [
        "参赛号": "number", "环节": "round", "轮次": "round", "裁判": "judge", "得分": "score", "评分项": "criterion",
    ]
    static let timesColumns = ["参赛号": "number", "环节": "round", "轮次": "round", "用时": "time"]

    static func roster(
        _ path: String, into database: ScoreDatabase, clerk: String, authenticated: Authentication? = nil,
        progress: @escaping ImportProgress = { _ in }
    ) throws -> Imported<ImportSummary> {
        try run(
            path: path, required: ["number", "name", "unit", "trade"], optional: ["status"], aliases: rosterColumns,
            row: { column in
                let (number, name, unit) = (column("number"), column("name"), column("unit"))
                let (trade, status) = (column("trade"), column("status"))
                return { record in
                    RosterRow(
                        line: record.line, number: record[number], name: record[name], unit: record[unit],
                        trade: record[trade], status: record[status])
                }
            }, progress: progress,
            into: { try database.importRoster(file: path, clerk: clerk, authenticated: authenticated, nextRow: $0) })
    }

    static func marks(
        _ path: String, into database: ScoreDatabase, clerk: String, replace: Bool,
        authenticated: Authentication? = nil,
        progress: @escaping ImportProgress = { _ in }
    ) throws -> Imported<ImportSummary> {
        try run(
            path: path, required: ["number", "round", "judge", "score"], optional: ["criterion"],
            aliases: marksColumns,
            row: { column in
                let (number, round, judge) = (column("number"), column("round"), column("judge"))
                let (score, criterion) = (column("score"), column("criterion"))
                return { record in
                    MarkRow(
                        line: record.line, number: record[number], round: record[round], judge: record[judge],
                        score: record[score], criterion: record[criterion])
                }
            }, progress: progress,
            into: {
                try database.importMarks(
                    file: path, clerk: clerk, replace: replace, authenticated: authenticated, nextRow: $0)
            })
    }

    static func times(
        _ path: String, into database: ScoreDatabase, clerk: String, replace: Bool,
        authenticated: Authentication? = nil,
        progress: @escaping ImportProgress = { _ in }
    ) throws -> Imported<ImportSummary> {
        try run(
            path: path, required: ["number", "round", "time"], aliases: timesColumns,
            row: { column in
                let (number, round, time) = (column("number"), column("round"), column("time"))
                return { record in
                    TimeRow(line: record.line, number: record[number], round: record[round], time: record[time])
                }
            }, progress: progress,
            into: {
                try database.importTimes(
                    file: path, clerk: clerk, replace: replace, authenticated: authenticated, nextRow: $0)
            })
    }
}
