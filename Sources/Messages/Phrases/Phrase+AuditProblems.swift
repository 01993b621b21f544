extension Phrase {
    /// What `audit verify` finds wrong with the chain or the database, made in both languages
    /// where it is found. The record's kind and actor, fact keys and values are the log's and
    /// the database's own: never translated.
    static let auditProblems: [Phrase: Wording] = [
        .auditRecordName: ("记录 {seq}（{kind}，操作人 {actor}，{at}）", "record {seq}, {kind} by {actor} at {at}"),
        .auditUnknownRecord: ("一条未知的记录", "an unknown record"),
        .auditRecordMissing:
            (
                "审计记录 {seq} 缺失：日志从 {before} 直接跳到 {after}",
                "audit record {seq} is missing: the log goes from {before} to {after}"
            ),
        .auditLinkBroken:
            (
                "{record}与前一条记录接不上：哈希链断了",
                "{record} does not follow the record before it: the chain of hashes is broken"
            ),
        .auditDatedBefore:
            (
                "{record}的时间早于记录 {previous}（{at}）：审计时间不会倒退",
                "{record} is dated before record {previous} ({at}): audit times never go backwards"
            ),
        .auditNoChainStart:
            (
                "{record}不是记录链的起点：它接在一个没有哪个被替换的数据库提到过的哈希之后",
                "{record} does not start a chain: it follows a hash that no replaced database names"
            ),
        .auditRecordChanged:
            (
                "{record}写入后被改动过：内容与它的哈希不再相符",
                "{record} was changed after it was written: its content no longer matches its hash"
            ),
        .auditPinRewritten:
            (
                "审计记录 {record} 的哈希是 {hash}，但发布时锚定的是 {pinned}：日志在发布后被改写过",
                "audit record {record} has hash {hash}, but the publication pinned {pinned}: the log was rewritten after it was published"
            ),
        .auditPinCut:
            (
                "审计记录 {record} 不存在（日志止于记录 {last}），但发布时锚定了它：日志在发布后被截短过",
                "audit record {record} is missing (the log ends at record {last}), but a publication pinned it: the log was cut short after it was published"
            ),
        .auditRowForged:
            (
                "{record}再次给出 {fact}，值却不同（{value}；{earlier}给的是 {before}）：已存的行从不改变，这条记录是伪造的",
                "{record} states {fact} again with another value ({value}; {earlier} gave {before}): a stored row never changes, so the record was forged"
            ),
        .auditFactUnlogged:
            (
                "{fact}：数据库中是 {value}，但没有哪条审计记录给出过",
                "{fact}: the database has {value}, which no audit record gives"
            ),
        .auditFactDiffers:
            (
                "{fact}：数据库中是 {value}，审计日志记的是 {logged}，出自{record}",
                "{fact}: the database has {value}, the audit log says {logged} ({record})"
            ),
        .auditFactMissing:
            (
                "{fact}：审计日志记的是 {value}，出自{record}，但数据库中没有",
                "{fact}: the audit log says {value} ({record}), but the database has none"
            ),
        .auditGateMore:
            (
                "  … 另有 {count} 处不一致（`judge audit verify` 会全部列出）",
                "  … and {count} more differences (`judge audit verify` lists them)"
            ),
        .signedOffAuditFails:
            (
                "未通过 `judge audit verify` 的审计日志（{problem}）",
                "an audit log that fails `judge audit verify` ({problem})"
            ),
        .signedOffLocks: ("{count} 个已锁定的环节", "{count} locked round{s}"),
        .signedOffPublications: ("{count} 个已发布的版本", "{count} published version{s}"),
    ]
}
