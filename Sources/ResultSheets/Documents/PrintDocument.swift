/// A document to print or open in a spreadsheet: a title block, sections of tables (and, in
/// HTML only, figures), signature lines. Rendered by `HTMLDocument` and `XLSXWorkbook`.
public struct PrintDocument: Equatable, Sendable {
    public enum Orientation: String, Equatable, Sendable {
        case portrait, landscape
    }

    public struct Section: Equatable, Sendable {
        public var heading: String?
        /// Paragraphs before the table.
        public var notes: [String]
        public var table: PrintTable?
        /// Inline SVG markup, drawn by this program (never user text unescaped).
        public var figures: [String]

        public init(heading: String? = nil, notes: [String] = [], table: PrintTable? = nil, figures: [String] = []) {
            self.heading = heading
            self.notes = notes
            self.table = table
            self.figures = figures
        }
    }

    public var heading: DocumentHeading
    public var orientation: Orientation
    public var sections: [Section]
    /// Lines to sign at the foot, e.g. 裁判长, 监督, 主办单位（盖章）; empty for none.
    public var signatures: [String]

    public init(heading: DocumentHeading, orientation: Orientation, sections: [Section], signatures: [String] = []) {
        self.heading = heading
        self.orientation = orientation
        self.sections = sections
        self.signatures = signatures
    }

    /// The document with a single table.
    public init(heading: DocumentHeading, orientation: Orientation, table: PrintTable, signatures: [String] = []) {
        self.init(heading: heading, orientation: orientation, sections: [Section(table: table)], signatures: signatures)
    }
}
