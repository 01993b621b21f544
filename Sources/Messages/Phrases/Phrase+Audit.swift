extension Phrase {
    /// The audit log (`audit verify`, `audit log`), a backup, and a database created by `judge init`.
    static let audit: [Phrase: Wording] = [
        .auditOK:
            (
                "审计：通过：{records} 条记录，链条完整；{facts} 项事实与日志一致{hash}{rows}{pinned}",
                "audit: OK: {records} records, chain intact; {facts} facts agree with the log{hash}{rows}{pinned}"
            ),
        .auditLastHash:
            ("，最后哈希 {hash}…", ", last hash {hash}…"),
        .auditRowsAgree:
            ("；{count} 行批次和历史记录也一致", "; {count} stored rows of batches and history agree too"),
        .auditPinned:
            ("；记录 {record} 正是发布时的那条", "; record {record} is the one published"),
        .auditMore:
            ("审计：… 另有 {count} 处不一致", "audit: … and {count} more differences"),
        .auditNoChanges:
            ("没有记录改动过选手 {number}", "no record changes competitor {number}"),
        .auditEmpty:
            ("审计日志为空", "the audit log is empty"),
        .backupWritten:
            (
                "备份已写入 {file}：审计通过：{records} 条记录，{facts} 项事实一致",
                "backup written to {file}: audit OK: {records} records, {facts} facts agree"
            ),
        .initKept:
            (
                "旧数据库已保留为 {file}（审计记录 {record} 接续新的记录链）",
                "kept the old database as {file} (audit record {record} continues the new chain)"
            ),
        .initCreated:
            (
                "已创建 {file}：{name}（{id}），{trades} 个工种，{rounds} 个环节，{judges} 名裁判",
                "created {file}: {name} ({id}), {trades} trades, {rounds} rounds, {judges} judges"
            ),
    ]
}
