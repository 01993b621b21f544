public import ScoringCore

/// A table as printed: typed cells, so that HTML aligns numbers and xlsx stores them as numbers.
public struct PrintTable: Equatable, Sendable {
    public struct Column: Equatable, Sendable {
        public var title: String
        /// Scores are right-aligned numbers; everything else is text.
        public var numeric: Bool
        /// Short codes (名次, 参赛号) read best centred.
        public var centered: Bool

        public init(_ title: String, numeric: Bool = false, centered: Bool = false) {
            self.title = title
            self.numeric = numeric
            self.centered = centered
        }
    }

    public enum Value: Equatable, Sendable {
        case text(String)
        /// Exact hundredths, always printed with two places.
        case score(Points)
        case integer(Int)
        case empty

        /// As printed on paper.
        public var printed: String {
            switch self {
            case .text(let text): text
            case .score(let points): points.description
            case .integer(let number): String(number)
            case .empty: ""
            }
        }
    }

    public struct Cell: Equatable, Sendable {
        public var value: Value
        /// A mark that did not count (a trimmed mean dropped it): struck through, in brackets.
        public var struck: Bool
        public var bold: Bool

        public init(_ value: Value, struck: Bool = false, bold: Bool = false) {
            self.value = value
            self.struck = struck
            self.bold = bold
        }

        public static func text(_ text: String) -> Cell { Cell(text.isEmpty ? .empty : .text(text)) }
        public static func score(_ points: Points?) -> Cell { Cell(points.map(Value.score) ?? .empty) }
        public static func integer(_ number: Int?) -> Cell { Cell(number.map(Value.integer) ?? .empty) }
    }

    public enum Row: Equatable, Sendable {
        case cells([Cell])
        /// A line across the table that opens a group, e.g. 一等奖（2名）.
        case group(String)
    }

    public var columns: [Column]
    public var rows: [Row]
    /// Consecutive rows with the same first cell belong together (one competitor's lines of
    /// the detail sheet): printed with a heavier line above each group.
    public var groupedByFirstColumn: Bool

    public init(columns: [Column], rows: [Row], groupedByFirstColumn: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.groupedByFirstColumn = groupedByFirstColumn
    }
}
