/// Every refusal there is, once, with its text in both languages. The raw value is the stable
/// code the service returns (API.md); tests pin both texts of every code.
public enum RefusalCode: String, CaseIterable, Sendable {
    // A mark as typed (SCORING.md: at most 2 decimal places, 0 to the maximum).
    case missingField = "missing_field"
    case notANumber = "not_a_number"
    case tooManyPlaces = "too_many_places"
    case negative
    case tooLarge = "too_large"
    case aboveMaximum = "above_maximum"

    // What a command refuses at the desk (the CLI's own checks and the use cases' policy).
    case unknownChief = "unknown_chief"
    case notChief = "not_chief"
    case notChiefNoneNamed = "not_chief_none_named"
    case clerkRequired = "clerk_required"
    case nothingToChange = "nothing_to_change"
    case needsChief = "needs_chief"
    case unknownTrade = "unknown_trade"
    case roundsNotLocked = "rounds_not_locked"
    case marksMissingToPublish = "marks_missing_to_publish"
    case marksMissingToExport = "marks_missing_to_export"
    case flagsNotConfirmed = "flags_not_confirmed"
    case noticeTooShort = "notice_too_short"
    case publishedFileExists = "published_file_exists"
    case everyJudgeHasPIN = "every_judge_has_pin"
    case unknownJudgeOption = "unknown_judge"
    case pinReplaceNeedsChief = "pin_replace_needs_chief"
    case pinsReplaceNeedChief = "pins_replace_need_chief"
    case noClerksDeclared = "no_clerks_declared"
    case everyClerkHasPIN = "every_clerk_has_pin"
    case badAuditPin = "bad_audit_pin"
    case cannotKeepOld = "cannot_keep_old"
    case cannotMoveNew = "cannot_move_new"
    case replacingNeedsChief = "replacing_needs_chief"
    case backupIsDatabase = "backup_is_database"
    case backupIsPartOfDatabase = "backup_is_part_of_database"
    case backupIsFolder = "backup_is_folder"
    case backupExists = "backup_exists"
    case backupNoFolder = "backup_no_folder"
    case backupFailsAudit = "backup_fails_audit"
    case notPublished = "not_published"
    case marksChangedDuringExport = "marks_changed_during_export"
    case noBundle = "no_bundle"
    case slipsNotHTML = "slips_not_html"
    case slipsExist = "slips_exist"
    case slipsNoFolder = "slips_no_folder"
    case slipsNotWritten = "slips_not_written"
    case cannotRead = "cannot_read"
    case entryRefused = "entry_refused"

    public func template(in language: Language) -> String {
        let text = self.text
        return language == .zh ? text.zh : text.en
    }

    private var text: (zh: String, en: String) {
        switch self {
        case .missingField: ("此处必须填写", "a value is required here")
        case .notANumber: ("不是分数：应为 86 或 86.50 这样的数", "not a mark: expected a number like 86 or 86.50")
        case .tooManyPlaces: ("分数最多保留 2 位小数", "a mark has at most 2 decimal places")
        case .negative: ("分数不能为负", "a mark cannot be negative")
        case .tooLarge: ("不是分数：数值过大", "not a mark: the number is far too large")
        case .aboveMaximum: ("超过满分 {max}", "above the maximum of {max}")
        case .unknownChief:
            ("--chief {chief}：没有这个编号的裁判；裁判有 {judges}", "--chief {chief}: no judge has this id; judges are {judges}")
        case .notChief:
            (
                "--chief {chief}：{name} 不是裁判长，不能执行 {action}；裁判长：{chiefs}",
                "--chief {chief}: {name} is not a chief judge (裁判长), so may not do {action}; chief judges: {chiefs}"
            )
        case .notChiefNoneNamed:
            (
                "--chief {chief}：{name} 不是裁判长，不能执行 {action}；竞赛文件没有指定裁判长（chief: true）",
                "--chief {chief}: {name} is not a chief judge (裁判长), so may not do {action}; the competition file names no chief judge (chief: true)"
            )
        case .clerkRequired:
            (
                "本竞赛在竞赛文件中声明了录入员（clerks:）：请用 --clerk ID（{clerks}）说明是谁，并输入该录入员的 PIN",
                "this competition declares its clerks (clerks: in the competition file): name yours with --clerk ID ({clerks}) and give that clerk's PIN"
            )
        case .nothingToChange:
            (
                "没有要修改的内容：请给出 --name、--unit、--trade 或 --status",
                "nothing to change: give --name, --unit, --trade or --status"
            )
        case .needsChief: ("需要裁判长：{why}", "{why}")
        case .unknownTrade:
            ("--trade {trade}：没有这个工种；工种有 {trades}", "--trade {trade}: no such trade; trades are {trades}")
        case .roundsNotLocked:
            (
                "不能发布 {trade}：以下环节尚未锁定：{rounds}；请逐一锁定：`judge lock --trade {id} --round ID --chief ID`",
                "cannot publish {trade}: rounds not locked: {rounds}; lock each with `judge lock --trade {id} --round ID --chief ID`"
            )
        case .marksMissingToPublish:
            (
                "还有分数未录入，未生成正式成绩表：\n{problems}\n请补录缺少的分数，重新锁定环节后再发布",
                "marks are missing, so no final sheet was written:\n{problems}\nenter the missing marks, lock the rounds again, then publish"
            )
        case .marksMissingToExport:
            (
                "还有分数未录入，未生成正式成绩表：\n{problems}\n请补录缺少的分数，或用 --provisional 导出标明“暂定”的成绩表",
                "marks are missing, so no final sheet was written:\n{problems}\nenter the missing marks, or export with --provisional for a sheet marked provisional"
            )
        case .flagsNotConfirmed:
            (
                "不能发布 {trade}：有 {count} 个分差超限（max_spread）标记未经裁判长确认（锁定后的更正引起）：\n{flags}\n请用 `judge flags confirm` 逐一确认（涉及本人评分的由另一位裁判长确认），或更正分数",
                "cannot publish {trade}: {count} max_spread flags not confirmed by the chief judge (a correction after the lock raised them):\n{flags}\nconfirm each with `judge flags confirm` (another chief judge where the flag concerns your own marks) or correct the marks"
            )
        case .noticeTooShort:
            (
                "--notice-days {days}：本竞赛的公示期至少 {minimum} 天（竞赛文件中的 notice_days_min）；请给出 --notice-days {minimum} 或更多",
                "--notice-days {days}: this competition's notice period (公示期) is at least {minimum} days (notice_days_min in the competition file); give --notice-days {minimum} or more"
            )
        case .publishedFileExists:
            (
                "{file} 已存在：已发布的文件从不覆盖；请换一个 --out",
                "{file} exists already: a published file is never replaced; choose another --out"
            )
        case .everyJudgeHasPIN:
            (
                "每位裁判都已有 PIN；如需更换，请指明：--judge ID --chief ID（并输入裁判长的 PIN）",
                "every judge has a PIN already; to replace one, name it: --judge ID --chief ID (with the chief's PIN)"
            )
        case .unknownJudgeOption:
            (
                "--judge \"{judge}\"：没有这个编号的裁判；裁判有 {judges}",
                "--judge \"{judge}\": no judge has this id; judges are {judges}"
            )
        case .pinReplaceNeedsChief:
            (
                "{who} 已有 PIN：更换需要裁判长（--chief ID 并输入裁判长的 PIN）",
                "{who} already has a PIN: replacing it needs the chief judge (--chief ID and the chief's PIN)"
            )
        case .pinsReplaceNeedChief:
            (
                "{who} 已有 PIN：更换需要裁判长（--chief ID 并输入裁判长的 PIN）",
                "{who} already have a PIN: replacing it needs the chief judge (--chief ID and the chief's PIN)"
            )
        case .noClerksDeclared:
            (
                "竞赛文件没有声明录入员（clerks:，每人一个 id 和 name）：批量导入可自由填写录入员",
                "the competition file declares no clerks (clerks:, each with an id and a name): batch imports name their clerk freely"
            )
        case .everyClerkHasPIN:
            (
                "每位录入员都已有 PIN；如需更换，请指明：--clerk ID --chief ID",
                "every clerk has a PIN already; to replace one, name it: --clerk ID --chief ID"
            )
        case .badAuditPin:
            (
                "--expect \"{value}\"：审计锚点应写成 记录号:哈希（记录号、冒号和 64 位十六进制数），与 `judge results publish` 打印的一致",
                "--expect \"{value}\": give the pin as RECORD:HASH, a record number, a colon and 64 hex digits, as `judge results publish` printed it"
            )
        case .cannotKeepOld:
            (
                "无法将旧数据库保留为 {file}：{reason}；未做任何替换",
                "cannot keep the old database as {file}: {reason}; nothing was replaced"
            )
        case .cannotMoveNew: ("无法将新数据库移到 {file}：{reason}", "cannot move the new database to {file}: {reason}")
        case .replacingNeedsChief:
            (
                "{file} 中有 {competition} 的{work}：替换它需要裁判长：请加上 --chief ID（并输入裁判长的 PIN）；旧文件会改名保留",
                "{file} holds {work} of {competition}: replacing it needs the chief judge: add --chief ID (and the chief's PIN); the old file is then kept, renamed"
            )
        case .backupIsDatabase:
            (
                "{file}：这就是数据库本身（{database}）；请另给一个文件作为副本",
                "{file}: this is the database itself ({database}); give another file for the copy"
            )
        case .backupIsPartOfDatabase:
            (
                "{file}：这是数据库本身的一部分（{database}）；请另给一个文件",
                "{file}: this is part of the database itself ({database}); give another file"
            )
        case .backupIsFolder:
            (
                "{file}：这是一个文件夹；请给出文件名，例如 {file}/judge-backup.sqlite",
                "{file}: is a folder; give a file name, e.g. {file}/judge-backup.sqlite"
            )
        case .backupExists:
            ("{file} 已存在；请换一个文件，或用 --force 覆盖", "{file} exists already; choose another file, or --force to replace it")
        case .backupNoFolder:
            (
                "{file}：文件夹 {folder} 不存在（U 盘插好了吗？）；请先创建它，或换一个路径",
                "{file}: the folder {folder} does not exist (is the USB stick plugged in?); create it or give another path"
            )
        case .backupFailsAudit:
            (
                "备份已写入 {file}，但未通过 `judge audit verify`（数据库本身也未通过）：{problem}",
                "backup written to {file}, but it fails `judge audit verify` (so does the database): {problem}"
            )
        case .notPublished: ("不是已发布的文件：{detail}", "{detail}")
        case .marksChangedDuringExport:
            ("导出期间 {trade} 的分数有变动；请重新导出", "the marks of {trade} changed during the export; run it again")
        case .noBundle:
            (
                "这里没有 Config/ 和 seeds/ 文件夹：请在项目文件夹中运行演示，或给出 --bundle DIR",
                "no Config/ and seeds/ folders here: run the demo from the project folder, or give --bundle DIR"
            )
        case .slipsNotHTML:
            (
                "--slips {file}：PIN 条是 HTML 文件；请给一个以 .html 结尾的文件名",
                "--slips {file}: the slips are an HTML file; give a name ending in .html"
            )
        case .slipsExist:
            (
                "--slips {file}：文件已存在；PIN 条从不覆盖文件，请换一个名字",
                "--slips {file}: the file exists; PIN slips never replace a file, give a new name"
            )
        case .slipsNoFolder:
            ("--slips {file}：文件夹 {folder} 不存在；请先创建", "--slips {file}: no folder {folder}; create it first")
        case .slipsNotWritten:
            (
                "{file}：{reason}；{judges} 的 PIN 已签发但未写出：请用 --judge ID --chief ID 更换",
                "{file}: {reason}; the PINs of {judges} were issued but not written: replace them with --judge ID --chief ID"
            )
        case .entryRefused: ("{place} \"{value}\"：未录入：{problem}", "{place} \"{value}\": {problem}")
        case .cannotRead: ("{file}：无法读取：{reason}", "{file}: cannot read: {reason}")
        }
    }
}
