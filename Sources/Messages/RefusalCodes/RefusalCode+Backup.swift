extension RefusalCode {
    /// A backup copy (`judge backup`): where it goes, and whether it passes the audit.
    static let backup: [RefusalCode: Wording] = [
        .backupIsDatabase:
            (
                "{file}：这就是数据库本身（{database}）；请另给一个文件作为副本",
                "{file}: this is the database itself ({database}); give another file for the copy"
            ),
        .backupIsPartOfDatabase:
            (
                "{file}：这是数据库本身的一部分（{database}）；请另给一个文件",
                "{file}: this is part of the database itself ({database}); give another file"
            ),
        .backupIsFolder:
            (
                "{file}：这是一个文件夹；请给出文件名，例如 {file}/judge-backup.sqlite",
                "{file}: is a folder; give a file name, e.g. {file}/judge-backup.sqlite"
            ),
        .backupExists:
            ("{file} 已存在；请换一个文件，或用 --force 覆盖", "{file} exists already; choose another file, or --force to replace it"),
        .backupNoFolder:
            (
                "{file}：文件夹 {folder} 不存在（U 盘插好了吗？）；请先创建它，或换一个路径",
                "{file}: the folder {folder} does not exist (is the USB stick plugged in?); create it or give another path"
            ),
        .backupFailsAudit:
            (
                "备份已写入 {file}，但未通过 `judge audit verify`（数据库本身也未通过）：{problem}",
                "backup written to {file}, but it fails `judge audit verify` (so does the database): {problem}"
            ),
    ]
}
