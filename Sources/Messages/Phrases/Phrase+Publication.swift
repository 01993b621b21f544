extension Phrase {
    /// Publishing a trade, its appeals, and `results verify` of a published file.
    static let publication: [Phrase: Wording] = [
        .published: ("已发布 {trade} 第 {version} 版：{file}", "published {trade} version {version}: {file}"),
        .publishedFinal:
            ("{trade}：第 {version} 版已为最终版，sha256 {sha256}", "{trade}: version {version} is final, sha256 {sha256}"),
        .publishUnchanged:
            (
                "{trade}：自第 {version} 版以来没有变化（sha256 {sha256}）；未写出任何文件",
                "{trade}: nothing changed since version {version} (sha256 {sha256}); nothing written"
            ),
        .publishChanges:
            (
                "与第 {previous} 版相比的更正：{cells} 处，涉及 {competitors} 名选手",
                "changes since version {previous}: {cells} cells for {competitors} competitors"
            ),
        .noticePeriod: ("公示期：{start} 至 {end}", "notice period: {start} to {end}"),
        .auditPinKeep:
            (
                "审计锚点 {pin}：请保存；`judge audit verify --expect {pin}` 可发现日志此后被截短或改写",
                "audit pin {pin}: keep it; `judge audit verify --expect {pin}` finds a log cut short or rewritten later"
            ),
        .wroteFiles: ("已写出 {files}", "wrote {files}"),
        .noAppeals: ("没有申诉", "no appeals"),
        .appealRecorded:
            (
                "申诉 {id} 已登记：{trade}（{tradeID}）第 {version} 版，选手 {number}，提出人 {by}：{reason}",
                "appeal {id} recorded: {trade} ({tradeID}) version {version}, competitor {number}, by {by}: {reason}"
            ),
        .appealResolved: ("申诉 {id} 已由 {chief} 裁决：{ruling}", "appeal {id} resolved by {chief}: {ruling}"),
        .verifyPublished:
            (
                "{file}：已发布：{trade} 的 {sheet}，第 {version} 版，{at} 由 {by} 发布；{state}",
                "{file}: published: {sheet} of {trade} version {version}, published {at} by {by}; {state}"
            ),
        .verifyFinal: ("自 {at} 起为最终成绩", "final since {at}"),
        .verifySuperseded: ("已被第 {version} 版取代", "superseded by version {version}"),
        .verifyNotice: ("公示期至 {at}", "notice period until {at}"),
        .verifyNotPublished:
            (
                // The refusal `not_published` already says 不是已发布的文件 before this text.
                "{file}（其 sha256 为 {digest}）", "{file} is not a published file (sha256 {digest})"
            ),
        .verifyResembles:
            ("。最接近 {trade} 第 {version} 版的 {sheet}", ". It most resembles {sheet} of {trade} version {version}"),
        .verifyTheSheet: ("成绩表", "the result sheet"),
        .verifyLineDiffers:
            (
                "：第 {line} 行不同：已发布的是 \"{published}\"，此文件是 \"{candidate}\"",
                ": line {line} differs: published \"{published}\", this file \"{candidate}\""
            ),
        .verifyBytesDiffer:
            (
                "：每一行都相同，但字节不同（字节顺序标记或换行符）",
                ": every line is equal, but the bytes differ (byte-order mark or line ends)"
            ),
        .verifyNoPublication: ("；本数据库没有任何发布记录", "; this database records no publication"),
    ]
}
