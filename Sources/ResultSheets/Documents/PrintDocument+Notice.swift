public import ScoringCore

extension PrintDocument {
    /// The 公示 sheet: the result table under the notice period and where objections go.
    /// `period` is the notice period in words, e.g. "2026年12月1日 至 12月6日".
    public static func notice(
        _ results: TradeResults, of competition: Competition, heading: DocumentHeading, period: String
    ) -> PrintDocument {
        var heading = heading
        heading.lines.append("公示期：\(period)")
        let contact = competition.documents.contact
        heading.lines.append(
            contact.isEmpty
                ? "对成绩有异议者，请在公示期内向赛事组织方书面提出。"
                : "对成绩有异议者，请在公示期内向\(contact)书面提出。")
        return PrintDocument(
            heading: heading, orientation: .landscape, table: resultTable(results, of: competition),
            signatures: competition.documents.signatureLines)
    }
}
