/// What the tools say that is not a refusal: summaries, status lines, help abstracts, the
/// demo's report. Each phrase has its text in both languages in one switch; `{name}`
/// placeholders take ids, file names and values, which are never translated.
public enum Phrase: String, CaseIterable, Sendable {
    // Summaries of imports.
    case addedCompetitors = "added_competitors"
    case addedMarks = "added_marks"
    case recordedTimes = "recorded_times"
    case replacedCount = "replaced_count"
    case readAs = "read_as"
    // `judge status`.
    case tradeHeading = "trade_heading"
    case roundProgress = "round_progress"
    case finalSheetReady = "final_sheet_ready"
    // `judge demo`.
    case demoDatabase = "demo_database"
    case demoTrade = "demo_trade"
    case demoPrintable = "demo_printable"
    case demoPrizes = "demo_prizes"
    case demoWrote = "demo_wrote"
    // Marks, sign-off, status, audit, publication.
    case pinPromptJudge = "pin_prompt_judge"
    case pinPromptClerk = "pin_prompt_clerk"
    case markStored = "mark_stored"
    case markReplacing = "mark_replacing"
    case markBothAgree = "mark_both_agree"
    case markFirstEntry = "mark_first_entry"
    case markDisagrees = "mark_disagrees"
    case markNotScored = "mark_not_scored"
    case markWhat = "mark_what"
    case markResolved = "mark_resolved"
    case roundLocked = "round_locked"
    case roundUnlocked = "round_unlocked"
    case flagConfirmed = "flag_confirmed"
    case finalSheetBlockedList = "final_sheet_blocked_list"
    case finalSheetBlocked = "final_sheet_blocked"
    case statusPublished = "status_published"
    case statusFinalSince = "status_final_since"
    case statusNoticeUntil = "status_notice_until"
    case statusRoundFlags = "status_round_flags"
    case statusRoundLocked = "status_round_locked"
    case statusFlags = "status_flags"
    case statusFlagConfirmed = "status_flag_confirmed"
    case statusDoubleEntry = "status_double_entry"
    case auditOK = "audit_ok"
    case backupWritten = "backup_written"
    case noAppeals = "no_appeals"
    case appealResolved = "appeal_resolved"
    case pinsShownOnce = "pins_shown_once"
    case publishedFinal = "published_final"
    case auditPinKeep = "audit_pin_keep"
    case publishUnchanged = "publish_unchanged"
    case published = "published"
    case noticePeriod = "notice_period"
    case publishChanges = "publish_changes"
    case wroteFiles = "wrote_files"
    // Help of the options most commands share.
    case optionDB = "option_db"
    case optionTZ = "option_tz"
    case optionClerk = "option_clerk"
    case optionChief = "option_chief"
    case optionJudge = "option_judge"
    case optionNumber = "option_number"
    case optionRound = "option_round"
    case optionCriterion = "option_criterion"
    // Help abstracts of the command groups.
    case helpJudge = "help_judge"
    case helpInit = "help_init"
    case helpRoster = "help_roster"
    case helpScore = "help_score"
    case helpTime = "help_time"
    case helpResults = "help_results"
    case helpStatus = "help_status"
    case helpRank = "help_rank"
    case helpCompetitors = "help_competitors"
    case helpLock = "help_lock"
    case helpUnlock = "help_unlock"
    case helpFlags = "help_flags"
    case helpJudges = "help_judges"
    case helpRecusal = "help_recusal"
    case helpDoubleEntry = "help_double_entry"
    case helpAppeal = "help_appeal"
    case helpAudit = "help_audit"
    case helpBackup = "help_backup"
    case helpReport = "help_report"
    case helpDemo = "help_demo"
    case helpClerks = "help_clerks"

    public func template(in language: Language) -> String {
        let text = self.text
        return language == .zh ? text.zh : text.en
    }

    /// The phrase with its values filled in; a name without a value stays visible. `{s}` is the
    /// English plural ending, from `count`.
    public func text(in language: Language = .current, _ values: [String: String] = [:]) -> String {
        var values = values
        if values["s"] == nil, let count = values["count"] { values["s"] = count == "1" ? "" : "s" }
        return Refusal.fill(template(in: language), with: values)
    }

    /// The values a phrase names, without `{s}` (English only).
    public static func placeholders(in template: String) -> Set<String> {
        RefusalCode.placeholders(in: template).subtracting(["s"])
    }

    private var text: (zh: String, en: String) {
        switch self {
        case .addedCompetitors: ("已从 {file}{readAs} 添加 {count} 名选手", "added {count} competitors from {file}{readAs}")
        case .addedMarks:
            ("已从 {file}{readAs} 添加 {count} 个分数{replaced}", "added {count} marks{replaced} from {file}{readAs}")
        case .recordedTimes:
            ("已从 {file}{readAs} 记录 {count} 个用时{replaced}", "recorded {count} times{replaced} from {file}{readAs}")
        case .replacedCount: ("，替换 {count} 个", ", replaced {count}")
        case .readAs: ("（按 {encoding} 读取）", " (read as {encoding})")
        case .tradeHeading: ("{trade}：{count} 名选手，{active} 名正常参赛", "{trade}: {count} competitors, {active} active")
        case .roundProgress:
            (
                "已录 {in}/{expected} 个分数，缺 {missing} 个，{scored}/{admitted} 名选手已有成绩",
                "{in}/{expected} marks in, {missing} missing, {scored} of {admitted} competitors scored"
            )
        case .finalSheetReady: ("  正式成绩表：可以生成", "  final sheet: ready")
        case .demoDatabase:
            (
                "  数据库 {database}（试试：judge rank --db {database}）",
                "  database {database} (try: judge rank --db {database})"
            )
        case .demoTrade: ("  {trade}：{ranked}/{count} 人排名 → {file}", "  {trade}: {ranked} ranked of {count} → {file}")
        case .demoPrintable: ("    打印文档：{files}", "    printable: {files}")
        case .demoPrizes: ("    奖项：{prizes}", "    prizes: {prizes}")
        case .demoWrote:
            (
                "\n已在 {folder}/ 下写出 {count} 份成绩表（UTF-8 带 BOM，可用 Excel 打开），每份附有可打印的 .html 和 .xlsx 文档",
                "\nwrote {count} result sheets under {folder}/ (UTF-8 with BOM, open them in Excel), each with its printable .html and .xlsx documents"
            )
        case .pinPromptJudge: ("裁判 {judge} 的 PIN：", "PIN for judge {judge}: ")
        case .pinPromptClerk: ("录入员 {clerk} 的 PIN：", "PIN for clerk {clerk}: ")
        case .markStored: ("已保存 {value}{was}：{what}", "stored {value}{was}: {what}")
        case .markReplacing: ("（替换原来的 {old}）", ", replacing {old}")
        case .markBothAgree: ("已保存 {value}，两次录入一致：{what}", "stored {value}, both entries agree: {what}")
        case .markFirstEntry:
            (
                "已记录第一次录入 {value}：{what}；另一名录入员录入相同的值后生效",
                "first entry of {value} recorded: {what}; it counts once another clerk enters the same value"
            )
        case .markDisagrees:
            (
                "已记录录入 {value}，但与先前的录入不一致：{what}；见 `judge status`：由第三名录入员录入或裁判长（`judge double-entry resolve`）裁定",
                "entry of {value} recorded, but it does not agree with an earlier entry: {what}; see `judge status`: a third clerk's entry or the chief judge (`judge double-entry resolve`) settles it"
            )
        case .markNotScored:
            (
                "注意：选手 {number} 在名单上的状态是 {status}：分数保留但不计分",
                "note: competitor {number} is {status} on the roster: the mark is kept but not scored"
            )
        case .markWhat:
            (
                "选手 {number} {name}（{unit}），{what}，裁判 {judge} {judgeName}",
                "competitor {number} {name} ({unit}), {what}, judge {judge} {judgeName}"
            )
        case .markResolved: ("裁判长已裁定：{value}，{what}", "resolved by the chief judge: {value} for {what}")
        case .roundLocked:
            ("已锁定工种 {trade} 环节 {round}（{chief} 于 {at}）", "locked trade {trade}, round {round} (by {chief} at {at})")
        case .roundUnlocked:
            (
                "已解锁工种 {trade} 环节 {round}（原由 {chief} 于 {at} 锁定）",
                "unlocked trade {trade}, round {round} (locked by {chief} at {at})"
            )
        case .flagConfirmed: ("已确认：{flag}", "confirmed: {flag}")
        case .finalSheetBlockedList: ("  正式成绩表：有 {count} 处问题：", "  final sheet: blocked by {count}:")
        case .finalSheetBlocked:
            (
                "  正式成绩表：有 {count} 处问题（`judge status --missing` 或 `--trade {trade}` 列出）",
                "  final sheet: blocked by {count} (`judge status --missing` or `--trade {trade}` lists them)"
            )
        case .statusPublished: ("  已发布：第 {version} 版，{at}，{state}", "  published: version {version} at {at}, {state}")
        case .statusFinalSince: ("自 {at} 起为最终版", "final since {at}")
        case .statusNoticeUntil: ("公示期至 {at}", "notice period (公示期) until {at}")
        case .statusRoundFlags: ("，{count} 个分差超限标记待确认", ", {count} max_spread flag{s} to confirm")
        case .statusRoundLocked: ("，{chief} 于 {at} 锁定", ", locked by {chief} at {at}")
        case .statusFlags:
            (
                "  分差超限标记：{count} 个，锁定前有 {open} 个待确认或更正：",
                "  max_spread flags: {count}, {open} to confirm or correct before locking:"
            )
        case .statusFlagConfirmed: ("；{chief} 于 {at} 确认：{reason}", "; confirmed by {chief} at {at}: {reason}")
        case .statusDoubleEntry:
            (
                "双人录入：{count} 处不一致，{waiting} 处等待第二名录入员",
                "double entry (双人录入): {count} disagreement{s}, {waiting} waiting for a second clerk"
            )
        case .auditOK:
            (
                "审计：通过：{records} 条记录，链条完整；{facts} 项事实与日志一致{hash}{rows}{pinned}",
                "audit: OK: {records} records, chain intact; {facts} facts agree with the log{hash}{rows}{pinned}"
            )
        case .backupWritten:
            (
                "备份已写入 {file}：审计通过：{records} 条记录，{facts} 项事实一致",
                "backup written to {file}: audit OK: {records} records, {facts} facts agree"
            )
        case .noAppeals: ("没有申诉", "no appeals")
        case .appealResolved: ("申诉 {id} 已由 {chief} 裁决：{ruling}", "appeal {id} resolved by {chief}: {ruling}")
        case .pinsShownOnce:
            (
                "每个 PIN 只显示这一次：请交给对应的{who}；数据库只保存加盐哈希",
                "each PIN is shown only this once: hand it to its {who}; the database keeps only a salted hash"
            )
        case .publishedFinal:
            ("{trade}：第 {version} 版已为最终版，sha256 {sha256}", "{trade}: version {version} is final, sha256 {sha256}")
        case .auditPinKeep:
            (
                "审计锚点 {pin}：请保存；`judge audit verify --expect {pin}` 可发现日志此后被截短或改写",
                "audit pin {pin}: keep it; `judge audit verify --expect {pin}` finds a log cut short or rewritten later"
            )
        case .publishUnchanged:
            (
                "{trade}：自第 {version} 版以来没有变化（sha256 {sha256}）；未写出任何文件",
                "{trade}: nothing changed since version {version} (sha256 {sha256}); nothing written"
            )
        case .published: ("已发布 {trade} 第 {version} 版：{file}", "published {trade} version {version}: {file}")
        case .noticePeriod: ("公示期：{start} 至 {end}", "notice period: {start} to {end}")
        case .publishChanges:
            (
                "与第 {previous} 版相比的更正：{cells} 处，涉及 {competitors} 名选手",
                "changes since version {previous}: {cells} cells for {competitors} competitors"
            )
        case .wroteFiles: ("已写出 {files}", "wrote {files}")
        case .optionDB: ("竞赛数据库。", "The competition database.")
        case .optionTZ:
            (
                "显示时间所用的时区，例如 Asia/Shanghai（默认：$TZ，否则本机时区）。",
                "The time zone times are shown in, e.g. Asia/Shanghai (default: $TZ, else the machine's)."
            )
        case .optionClerk: ("操作人，记入审计日志（默认：操作系统用户）。", "Who is doing this, for the audit log (default: the OS user).")
        case .optionChief: ("执行此操作的裁判长，填裁判编号。", "The chief judge (裁判长) doing this, by judge id.")
        case .optionJudge: ("分数所属的裁判。", "The judge whose mark it is.")
        case .optionNumber: ("选手的参赛号。", "The competitor's number (参赛号).")
        case .optionRound: ("环节。", "The round.")
        case .optionCriterion: ("评分项，用于按评分项打分的环节。", "The criterion, for a round marked by criteria.")
        case .helpJudge:
            (
                "职业技能竞赛计分：录入分数，得出名次、奖项和成绩表。",
                "Scores a vocational skills competition: marks in, ranks, prizes and result sheets out."
            )
        case .helpInit: ("创建数据库并载入竞赛定义。", "Create the database and load the competition definition.")
        case .helpRoster: ("参赛选手。", "The competitors.")
        case .helpScore: ("裁判评分。", "Judges' marks.")
        case .helpTime: ("用时，用于 time: 并列决胜。", "Times used, for time: tie-breaks.")
        case .helpResults: ("成绩表。", "Result sheets.")
        case .helpStatus:
            (
                "按工种和环节：已录分数、缺少的分数、分差超限标记和锁定情况。",
                "Per trade and round: marks entered of those expected, missing, max_spread flags and locks."
            )
        case .helpRank: ("显示各工种的名次、奖项和称号。", "Show the ranking of each trade, with prizes and titles.")
        case .helpCompetitors: ("名单上的选手。", "The competitors on the roster.")
        case .helpLock:
            (
                "裁判长签字锁定某工种的一个环节：此后只能用 `judge score correct` 更正分数。",
                "Sign off a round of a trade (chief judge): its marks then change only through `judge score correct`."
            )
        case .helpUnlock:
            (
                "裁判长解除某工种一个环节的锁定，理由记入审计日志。",
                "Lift the lock of a round of a trade (chief judge), with a reason kept in the audit log."
            )
        case .helpFlags:
            (
                "裁判间分差超过该环节 max_spread 的选手。",
                "Competitors whose judges' marks differ by more than the round's max_spread."
            )
        case .helpJudges: ("本竞赛的裁判。", "The judges of the competition.")
        case .helpRecusal:
            (
                "回避：裁判不给本单位的选手评分。",
                "Recusal (回避): a judge does not mark a competitor of the judge's own unit."
            )
        case .helpDoubleEntry: ("由两名录入员背对背录入两遍的环节（双人录入）。", "Rounds entered twice, blind, by two clerks (双人录入).")
        case .helpAppeal:
            (
                "公示期内对已发布成绩表的申诉。",
                "Appeals (申诉) against a published result sheet during its notice period."
            )
        case .helpAudit:
            (
                "防篡改的历史记录：每次状态变化，以 SHA-256 链接。",
                "The tamper-evident history: every change of state, chained by SHA-256."
            )
        case .helpBackup:
            (
                "写出数据库的一致副本，其他命令正在使用时也安全。",
                "Write a consistent copy of the database, safe while other commands are using it."
            )
        case .helpReport: ("给裁判长的可打印报告。", "Printable reports for the chief judge.")
        case .helpDemo:
            (
                "从头到尾运行自带的演示竞赛，并写出成绩表。",
                "Run the bundled demo competitions end to end and write their result sheets."
            )
        case .helpClerks: ("竞赛文件声明的录入员（clerks:）。", "The clerks (录入员) the competition file declares (clerks:).")
        }
    }
}
