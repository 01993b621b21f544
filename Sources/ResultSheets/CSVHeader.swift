import Foundation

/// A checked header row: the names as the file has them (trimmed) and where each is.
struct CSVHeader {
    let names: [String]
    private let positions: [String: Int]

    /// Checks `fields` (the header record at `line` of `file`) against the expected columns.
    init(_ fields: [String], line: Int, file: String, required: [String], optional: [String]) throws(CSVInputError) {
        let names = fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let known = Set(required).union(optional)
        let expected = Self.expected(required: required, optional: optional)
        var positions: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            func refuse(_ problem: String) -> CSVInputError {
                CSVInputError(file: file, line: line, column: index + 1, value: name, problem: problem)
            }
            if name.isEmpty { throw refuse("empty column name; expected \(expected)") }
            if !known.contains(name) { throw refuse("unknown column; expected \(expected)") }
            if let first = positions[name] { throw refuse("repeated column; first at column \(first + 1)") }
            positions[name] = index
        }
        if let missing = required.first(where: { positions[$0] == nil }) {
            throw CSVInputError(
                file: file, line: line, column: 0, value: missing, problem: "missing column; expected \(expected)")
        }
        self.names = names
        self.positions = positions
    }

    func index(of column: String) -> Int? {
        positions[column]
    }

    /// The expected header as a message shows it: `number,name (optional: note)`.
    static func expected(required: [String], optional: [String]) -> String {
        let list = required.joined(separator: ",")
        guard !optional.isEmpty else { return list }
        return list + (list.isEmpty ? "" : " ") + "(optional: " + optional.joined(separator: ",") + ")"
    }
}
