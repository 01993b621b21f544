extension Phrase {
    /// The lines `audit verify` and `audit log` frame the stored records with. The records'
    /// own words (kind, summary, changes) are the log's, hashed into the chain: never translated.
    static let auditLines: [Phrase: Wording] = [
        .auditFailed: ("审计未通过：{problem}", "audit: FAILED: {problem}"),
        .auditLogEntry:
            (
                "#{seq}  {at}  {kind}{batch}  操作人 {actor}：{summary}",
                "#{seq}  {at}  {kind}{batch}  by {actor}: {summary}"
            ),
        .auditLogBatch: ("  批次 {batch}", "  batch {batch}"),
    ]
}
