/// The title block and footer of a printed document, in one place so that a publication can
/// add a line (a digest, an audit record) without touching the layouts.
public struct DocumentHeading: Equatable, Sendable {
    public var competition: String
    /// 主办单位; "" when the competition file names none.
    public var organizer: String
    /// The trade's name; "" for a document of the whole competition.
    public var trade: String
    /// The document's name: 成绩表, 成绩公示, 获奖名单, …
    public var document: String
    /// The published version; nil for an export.
    public var version: Int?
    /// Lines under the title: 公示期, where objections go, a provisional warning.
    public var lines: [String]
    /// Lines at the foot, e.g. the SHA-256 of the published result sheet.
    public var footer: [String]

    public init(
        competition: String, organizer: String = "", trade: String, document: String, version: Int? = nil,
        lines: [String] = [], footer: [String] = []
    ) {
        self.competition = competition
        self.organizer = organizer
        self.trade = trade
        self.document = document
        self.version = version
        self.lines = lines
        self.footer = footer
    }

    /// "育婴员 成绩公示（第1版）": the second title line, and the printed page header.
    public var subtitle: String {
        let version = version.map { "（第\($0)版）" } ?? ""
        return [trade, document].filter { !$0.isEmpty }.joined(separator: " ") + version
    }

    /// One line for a page header: competition, trade, document, version.
    public var pageTitle: String { "\(competition) \(subtitle)" }
}
