extension RefusalCode {
    /// The database file, the competition it holds, and replacing it with `judge init --force`.
    static let database: [RefusalCode: Wording] = [
        .noDatabase:
            (
                "{database} 处没有数据库：请用 `judge init --config FILE.yaml` 创建",
                "no database at {database}: create one with `judge init --config FILE.yaml`"
            ),
        .noCompetition:
            (
                "数据库中没有竞赛：请用 `judge init --config FILE.yaml` 载入",
                "the database holds no competition: load one with `judge init --config FILE.yaml`"
            ),
        .alreadyHasCompetition:
            (
                "数据库中已有竞赛 {competition}：如要替换请加 --force，或换一个 --db",
                "the database already holds competition {competition}; use --force to replace it, or another --db"
            ),
        .invalidCompetition:
            (
                "数据库中保存的竞赛无效（{problem}）；是否被手工改动过？请用 `judge init --force` 重新载入",
                "the competition stored in the database is not valid ({problem}); was it edited by hand? Load it again with `judge init --force`"
            ),
        .notUpToDate:
            (
                "{database} 由旧版 judge 创建：请先运行一次任意导入或 `judge score enter`，使其升级到最新",
                "{database} was made by an older judge: run any import or `judge score enter` once to bring it up to date"
            ),
        .cannotUpgrade:
            (
                "{database} 由旧版 judge 创建，无法升级（{reason}）：请用 `judge init --config FILE.yaml` 新建数据库，再重新导入名单、分数和用时",
                "{database} was made by an older judge and cannot be brought up to date ({reason}): create a new database with `judge init --config FILE.yaml` and import the roster, marks and times again"
            ),
        .notADatabase:
            (
                "{database} 不是 judge 的数据库，或文件已损坏（{reason}）：请检查 --db 或 $JUDGE_DB；如已损坏，请从备份恢复",
                "{database} is not a judge database, or it is damaged ({reason}): check --db or $JUDGE_DB; if it is damaged, restore a backup"
            ),
        .cannotCreateDatabase:
            ("无法创建数据库 {database}：{reason}", "cannot create the database {database}: {reason}"),
        .backupNotWritten:
            ("{file}：无法写入备份：{reason}", "{file}: cannot write the backup: {reason}"),
        .auditBroken:
            (
                "{action} 被拒绝：审计日志与数据库不符（`judge audit verify` 未通过），数据库可能在 judge 之外被改动过：\n{problems}\n请查明改动，并从可信的副本恢复数据库，然后再签署",
                "{action} refused: the audit log does not match the database (`judge audit verify` fails), so it may have been changed outside judge:\n{problems}\nfind out what changed and restore the database from a trusted copy before signing anything off"
            ),
        .cannotKeepOld:
            (
                "无法将旧数据库保留为 {file}：{reason}；未做任何替换",
                "cannot keep the old database as {file}: {reason}; nothing was replaced"
            ),
        .cannotMoveNew: ("无法将新数据库移到 {file}：{reason}", "cannot move the new database to {file}: {reason}"),
        .replacingNeedsChief:
            (
                "{file} 中有 {competition} 的{work}：替换它需要裁判长：请加上 --chief ID（并输入裁判长的 PIN）；旧文件会改名保留",
                "{file} holds {work} of {competition}: replacing it needs the chief judge: add --chief ID (and the chief's PIN); the old file is then kept, renamed"
            ),
    ]
}
