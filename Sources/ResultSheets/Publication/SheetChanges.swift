public import Foundation

/// What changed between two versions of a trade's result sheet (更正): one change per
/// competitor and column, from the old cell to the new one.
public struct SheetChanges: Equatable, Sendable {
    public struct Change: Equatable, Sendable {
        public var number: String
        public var name: String
        /// The column's header, e.g. 实际操作, 总成绩, 名次, 奖项.
        public var column: String
        public var old: String
        public var new: String

        public init(number: String, name: String, column: String, old: String, new: String) {
            self.number = number
            self.name = name
            self.column = column
            self.old = old
            self.new = new
        }
    }

    public let changes: [Change]

    /// Compares two sheets competitor by competitor (the column `key`, 参赛号), in the new
    /// sheet's order, then those only the old sheet has. Columns are matched by header, so a
    /// competitor added or removed shows every non-empty cell going from or to empty.
    public init(old: SheetTable, new: SheetTable, key: String = "参赛号", name: String = "姓名") {
        func records(_ table: SheetTable) -> [(key: String, cells: [String: String])] {
            table.rows.map { row in
                let cells = Dictionary(
                    zip(table.header, row + Array(repeating: "", count: max(0, table.header.count - row.count))),
                    uniquingKeysWith: { first, _ in first })
                return (cells[key] ?? "", cells)
            }
        }
        let oldRecords = records(old)
        let newRecords = records(new)
        let oldByKey = Dictionary(oldRecords.map { ($0.key, $0.cells) }, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(newRecords.map(\.key))
        let columns = new.header + old.header.filter { !new.header.contains($0) }
        let compared = columns.filter { $0 != key }
        var changes: [Change] = []
        let pairs =
            newRecords.map { ($0.key, oldByKey[$0.key] ?? [:], $0.cells) }
            + oldRecords.filter { !newKeys.contains($0.key) }.map { ($0.key, $0.cells, [:]) }
        for (number, before, after) in pairs {
            let shownName = after[name] ?? before[name] ?? ""
            for column in compared {
                let was = before[column] ?? ""
                let now = after[column] ?? ""
                if was != now {
                    changes.append(Change(number: number, name: shownName, column: column, old: was, new: now))
                }
            }
        }
        self.changes = changes
    }

    public var isEmpty: Bool { changes.isEmpty }

    /// The 更正 sheet: a title line naming both versions, then 参赛号, 姓名, 项目, 更正前, 更正后.
    public func lines(stamp: PublicationStamp, from oldVersion: Int) -> [[String]] {
        let title =
            "\(stamp.competition) \(stamp.trade) 成绩更正 第\(oldVersion)版→第\(stamp.version)版 结果表SHA-256：\(stamp.sheetDigest)"
        return [[title], ["参赛号", "姓名", "项目", "更正前", "更正后"]]
            + changes.map { [$0.number, $0.name, $0.column, $0.old, $0.new] }
    }

    /// UTF-8 with a BOM and CRLF, like the result sheets.
    public func render(stamp: PublicationStamp, from oldVersion: Int) -> Data {
        CSVSheetWriter.render(lines: lines(stamp: stamp, from: oldVersion), bom: true)
    }
}
