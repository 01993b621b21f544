/// What a published document says about the publication it belongs to: printed in the title
/// lines of the 公示 sheet, the award list and the change list.
public struct PublicationStamp: Equatable, Sendable {
    public var competition: String
    public var trade: String
    public var version: Int
    /// SHA-256 (hex) of the published result sheet this document goes with.
    public var sheetDigest: String
    /// The notice period (公示期) as people read it, e.g. "2026年11月26日 15:30".
    public var noticeStart: String
    public var noticeEnd: String
    /// The notice period in Chinese dates, e.g. "2026年12月1日 至 12月6日", for printed documents.
    public var noticePeriod: String
    /// The audit chain's last record before this publication, `RECORD:HASH`; nil when not pinned.
    public var auditPin: String?

    public init(
        competition: String, trade: String, version: Int, sheetDigest: String, noticeStart: String,
        noticeEnd: String, noticePeriod: String = ""
    ) {
        self.competition = competition
        self.trade = trade
        self.version = version
        self.sheetDigest = sheetDigest
        self.noticeStart = noticeStart
        self.noticeEnd = noticeEnd
        self.noticePeriod = noticePeriod
    }

    /// "2024年…竞赛 育婴员 成绩公示 第1版 结果表SHA-256：ab12…"
    func title(_ document: String) -> String {
        "\(competition) \(trade) \(document) 第\(version)版 结果表SHA-256：\(sheetDigest)"
    }

    /// The notice period and, when pinned, the audit chain's record and hash at publication, so
    /// anyone holding the 公示 can check later that the log was not cut short or rewritten.
    var noticeLine: String {
        let period = "公示期：\(noticeStart) 至 \(noticeEnd)"
        guard let auditPin else { return period }
        return period + "；" + Self.pinText(auditPin)
    }

    /// "审计链：第12条记录 …（核对：judge audit verify --expect 12:…）"
    static func pinText(_ pin: String) -> String {
        let parts = pin.split(separator: ":", maxSplits: 1)
        let record = parts.first.map(String.init) ?? pin
        let hash = parts.count > 1 ? String(parts[1]) : ""
        return "审计链：第\(record)条记录 SHA-256：\(hash)（核对：judge audit verify --expect \(pin)）"
    }

    /// "审计链：第12条记录 ab12…": the pin as the printed documents show it, short and in
    /// Chinese for a sheet on the wall; the CSV's notice line and the manifest keep the command.
    static func printedPin(_ pin: String) -> String {
        let parts = pin.split(separator: ":", maxSplits: 1)
        guard parts.count == 2 else { return "审计链：\(pin)" }
        return "审计链：第\(parts[0])条记录 \(parts[1])"
    }

    /// The footer lines of the printed documents (HTML and xlsx) of this publication: the
    /// digest of the 成绩表 CSV that `results verify` and `sha256sum` check, the exact notice
    /// period, and the audit pin. The CSV files keep their own title wording (结果表).
    public var footer: [String] {
        [
            "成绩表（CSV）SHA-256：\(sheetDigest)",
            "公示时间：\(noticeStart) 至 \(noticeEnd)",
        ] + (auditPin.map { [Self.printedPin($0)] } ?? [])
    }
}
