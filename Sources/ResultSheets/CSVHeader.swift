import Foundation
import Messages

/// A checked header row: the names as the file has them (trimmed) and where each is.
struct CSVHeader {
    let names: [String]
    /// The columns up to the last named one. Excel saves the empty columns after a table that
    /// were ever formatted as `a,b,,`: they carry no data, so they are read past, not refused.
    let namedCount: Int
    private let positions: [String: Int]

    /// Checks `fields` (the header record at `line` of `file`) against the expected columns;
    /// a name in `aliases` (a Chinese column name) stands for the key it maps to.
    init(
        _ fields: [String], line: Int, file: String, required: [String], optional: [String],
        aliases: [String: String] = [:]
    ) throws(Refusal) {
        let names = fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let known = Set(required).union(optional)
        let expected = Self.expected(required: required, optional: optional, aliases: aliases)
        var positions: [String: Int] = [:]
        let namedCount = (names.lastIndex { !$0.isEmpty } ?? -1) + 1
        for (index, name) in names.enumerated().prefix(namedCount) {
            func refuse(_ code: RefusalCode, _ values: [String: String] = [:]) -> Refusal {
                let values = values.merging(expected) { $1 }
                return Refusal(code, file: file, line: line, column: index + 1, value: name, values)
            }
            let key = aliases[name] ?? name
            if name.isEmpty { throw refuse(.emptyColumnName) }
            if !known.contains(key) {
                // A header typed with a Chinese input method, or a tab-separated file.
                if name.contains("，") || name.contains("\t") {
                    throw refuse(name.contains("，") ? .fullWidthCommas : .tabSeparated)
                }
                throw refuse(.unknownColumn)
            }
            if let first = positions[key] {
                var values = ["first": String(first + 1)]
                if key != name { values["key"] = key }
                throw refuse(.repeatedColumn, values)
            }
            positions[key] = index
        }
        if let missing = required.first(where: { positions[$0] == nil }) {
            throw Refusal(.missingColumn, file: file, line: line, column: 0, value: missing, expected)
        }
        self.names = names
        self.namedCount = namedCount
        self.positions = positions
    }

    func index(of column: String) -> Int? {
        positions[column]
    }

    /// The expected header as a message shows it, `expected` in English and `expected.zh`:
    /// `number,name (optional: note)`, then the Chinese names when there are any: `, or
    /// 参赛号,姓名 (optional: 备注)`; in Chinese `number,name（可选：note）或 参赛号,姓名（可选：备注）`.
    static func expected(required: [String], optional: [String], aliases: [String: String] = [:]) -> [String: String] {
        func listed(_ required: [String], _ optional: [String], chinese: Bool) -> String {
            let list = required.joined(separator: ",")
            guard !optional.isEmpty else { return list }
            let names = optional.joined(separator: ",")
            return chinese
                ? list + "（可选：" + names + "）" : list + (list.isEmpty ? "" : " ") + "(optional: " + names + ")"
        }
        // Every alias of a key, in a fixed order: `环节|轮次`.
        func chinese(_ key: String) -> String {
            aliases.filter { $0.value == key }.keys.sorted().joined(separator: "|")
        }
        var en = listed(required, optional, chinese: false)
        var zh = listed(required, optional, chinese: true)
        if !aliases.isEmpty {
            en += ", or " + listed(required.map(chinese), optional.map(chinese), chinese: false)
            zh +=
                (zh.hasSuffix("）") ? "" : " ") + "或 "
                + listed(required.map(chinese), optional.map(chinese), chinese: true)
        }
        return ["expected": en, "expected.zh": zh]
    }
}
