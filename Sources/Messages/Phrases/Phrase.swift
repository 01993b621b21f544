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

    // Double entry in an import.
    case importFirstEntries = "import_first_entries"
    case importDisagreements = "import_disagreements"
    // Files written by `results export`, `report judges`.
    case exportWrote = "export_wrote"
    case exportProvisional = "export_provisional"
    case advancementWrote = "advancement_wrote"
    case advancementNotWritten = "advancement_not_written"
    case reportWrote = "report_wrote"
    // `score revert`.
    case revertDone = "revert_done"
    case revertCompetitors = "revert_competitors"
    case revertTimes = "revert_times"
    case revertMarks = "revert_marks"
    // `results verify`.
    case verifyPublished = "verify_published"
    case verifyFinal = "verify_final"
    case verifySuperseded = "verify_superseded"
    case verifyNotice = "verify_notice"
    case verifyNotPublished = "verify_not_published"
    case verifyResembles = "verify_resembles"
    case verifyTheSheet = "verify_the_sheet"
    case verifyLineDiffers = "verify_line_differs"
    case verifyBytesDiffer = "verify_bytes_differ"
    case verifyNoPublication = "verify_no_publication"
    // `competitors show`.
    case showCompetitor = "show_competitor"
    case showRegistered = "show_registered"
    case showChanges = "show_changes"
    case showChange = "show_change"
    case showChangeChief = "show_change_chief"
    case showMissing = "show_missing"
    case showRound = "show_round"
    case showTrimmedMean = "show_trimmed_mean"
    case showNoMarks = "show_no_marks"
    case showNotScored = "show_not_scored"
    case showKeptNotScored = "show_kept_not_scored"
    case showIncomplete = "show_incomplete"
    case showDropped = "show_dropped"
    case showRanked = "show_ranked"
    case showPrize = "show_prize"
    case showTitle = "show_title"
    case showNoPrize = "show_no_prize"
    case showNotYet = "show_not_yet"
    case showNotQualified = "show_not_qualified"
    case showNotRanked = "show_not_ranked"
    // Help of a command's own options.
    case optionHeaders = "option_headers"
    case optionNoBOM = "option_no_bom"
    case optionProvisional = "option_provisional"
    case optionFinal = "option_final"
    case optionReplaceMark = "option_replace_mark"
    case optionMissing = "option_missing"
    case optionVerbose = "option_verbose"
    case optionReplaceFile = "option_replace_file"
    case optionForceInit = "option_force_init"
    case optionReplaceMarks = "option_replace_marks"
    case optionReplaceTimes = "option_replace_times"
    // Help of each command's own options and arguments, and the abstracts of subcommands.
    case argResolveReason = "arg_resolve_reason"
    case argSheetMark = "arg_sheet_mark"
    case argSheetsFolder = "arg_sheets_folder"
    case argPublishTrade = "arg_publish_trade"
    case argPublishFolder = "arg_publish_folder"
    case argOnlyTrade = "arg_only_trade"
    case argAppealTrade = "arg_appeal_trade"
    case argAppealNumber = "arg_appeal_number"
    case argAppealText = "arg_appeal_text"
    case argAppellant = "arg_appellant"
    case argAppealID = "arg_appeal_i_d"
    case argRuling = "arg_ruling"
    case argTypist = "arg_typist"
    case argMark = "arg_mark"
    case argReportsFolder = "arg_reports_folder"
    case argStatusTrade = "arg_status_trade"
    case argJudge = "arg_judge"
    case argNumberChinese = "arg_number_chinese"
    case argRecusalReason = "arg_recusal_reason"
    case argTrade = "arg_trade"
    case argRound = "arg_round"
    case argUnlockReason = "arg_unlock_reason"
    case argFlagReason = "arg_flag_reason"
    case argDemoOut = "arg_demo_out"
    case argDemoBundle = "arg_demo_bundle"
    case argRevertBatch = "arg_revert_batch"
    case argReason = "arg_reason"
    case argAuditNumber = "arg_audit_number"
    case argCorrectedMark = "arg_corrected_mark"
    case argCorrectReason = "arg_correct_reason"
    case argOnlyClerks = "arg_only_clerks"
    case argPINChief = "arg_p_i_n_chief"
    case argBackupFile = "arg_backup_file"
    case argOnlyJudges = "arg_only_judges"
    case argConfig = "arg_config"
    case argRosterFile = "arg_roster_file"
    case argMarksFile = "arg_marks_file"
    case argTimesFile = "arg_times_file"
    case argNumber = "arg_number"
    case argEditName = "arg_edit_name"
    case argEditUnit = "arg_edit_unit"
    case argEditTrade = "arg_edit_trade"
    case argEditStatus = "arg_edit_status"
    case abstractResolve = "abstract_resolve"
    case abstractVerify = "abstract_verify"
    case abstractExport = "abstract_export"
    case abstractPublish = "abstract_publish"
    case abstractCompetitorsList = "abstract_competitors_list"
    case abstractAppealAdd = "abstract_appeal_add"
    case abstractAppealResolve = "abstract_appeal_resolve"
    case abstractAppealList = "abstract_appeal_list"
    case abstractScoreEnter = "abstract_score_enter"
    case abstractReportJudges = "abstract_report_judges"
    case abstractRecusalAllow = "abstract_recusal_allow"
    case abstractFlagsConfirm = "abstract_flags_confirm"
    case abstractRevert = "abstract_revert"
    case abstractAuditVerify = "abstract_audit_verify"
    case abstractAuditLog = "abstract_audit_log"
    case abstractScoreCorrect = "abstract_score_correct"
    case abstractClerksPINs = "abstract_clerks_p_i_ns"
    case abstractJudgesPINs = "abstract_judges_p_i_ns"
    case abstractRosterImport = "abstract_roster_import"
    case abstractScoreImport = "abstract_score_import"
    case abstractTimeImport = "abstract_time_import"
    case abstractCompetitorsShow = "abstract_competitors_show"
    case abstractCompetitorsEdit = "abstract_competitors_edit"
    // Lines of rank, score correct, PIN slips, init, audit log, recusal, competitors edit.
    case rankProvisional = "rank_provisional"
    case correctDone = "correct_done"
    case correctStaysLocked = "correct_stays_locked"
    case correctFlagged = "correct_flagged"
    case slipsWrote = "slips_wrote"
    case slipsReplaces = "slips_replaces"
    case slipsHowTo = "slips_how_to"
    case initKept = "init_kept"
    case initCreated = "init_created"
    case auditNoChanges = "audit_no_changes"
    case auditEmpty = "audit_empty"
    case recusalAllowed = "recusal_allowed"
    case editChanged = "edit_changed"
    case editLeavesRanking = "edit_leaves_ranking"
    // Long option help, and the audit, export and ignored-marks fragments.
    case argVerifyFile = "arg_verify_file"
    case argFormats = "arg_formats"
    case argNoticeDays = "arg_notice_days"
    case argDemoDB = "arg_demo_d_b"
    case argSlips = "arg_slips"
    case argInitChief = "arg_init_chief"
    case argEditChief = "arg_edit_chief"
    case argAuditExpect = "arg_audit_expect"
    case slipsReplacesCell = "slips_replaces_cell"
    case auditLastHash = "audit_last_hash"
    case auditRowsAgree = "audit_rows_agree"
    case auditPinned = "audit_pinned"
    case auditMore = "audit_more"
    case exportMoreProblems = "export_more_problems"
    case ignoredKept = "ignored_kept"
    case ignoredNotAdmitted = "ignored_not_admitted"
    case ignoredGroup = "ignored_group"
    case ignoredMore = "ignored_more"
    case tradeProblems = "trade_problems"

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
        case .importFirstEntries:
            (
                "已记录 {count} 个第一遍录入：另一名录入员录入相同的值后才计入",
                "{count} first entries recorded: they count once another clerk enters the same values"
            )
        case .importDisagreements:
            (
                "{count} 个录入与之前录入员的不一致：见 `judge status`；由第三名录入员再录一遍或由裁判长（`judge double-entry resolve`）裁定",
                "{count} entries do not agree with an earlier clerk's: see `judge status`; a third clerk's entry or the chief judge (`judge double-entry resolve`) settles them"
            )
        case .exportWrote:
            (
                "已写出 {files}：{trade}，{ranked} 人排名，{prizes} 人获奖{note}",
                "wrote {files}: {trade}, {ranked} ranked, {prizes} prizes{note}"
            )
        case .exportProvisional: ("，暂定成绩：缺 {count} 个分数", ", provisional: {count} marks missing")
        case .advancementWrote:
            (
                "已写出 {file}：{trade} 晋级名单 {round}，{count} 人中 {advanced} 人晋级",
                "wrote {file}: {trade} 晋级名单 {round}, {advanced} of {count} advanced"
            )
        case .advancementNotWritten:
            (
                "晋级名单 {trade} / {round} 未写出：环节 {qualifying} 的分数不全",
                "advancement list {trade} / {round} not written: marks of round {qualifying} are missing"
            )
        case .reportWrote:
            ("已写出 {file}：{trade}，{count} 个多名裁判评分的环节", "wrote {file}: {trade}, {count} round{s} with several judges")
        case .revertDone:
            (
                "已撤销批次 {batch}{file}：删除 {removed} 个{things}，{restored} 个恢复为原值；记为批次 {revertBatch}",
                "reverted batch {batch}{file}: {removed} {things} removed, {restored} restored to their earlier values; recorded as batch {revertBatch}"
            )
        case .revertCompetitors: ("选手", "competitors")
        case .revertTimes: ("用时", "times")
        case .revertMarks: ("分数", "marks")
        case .verifyPublished:
            (
                "{file}：已发布：{trade} 的{sheet}，第 {version} 版，{at} 由 {by} 发布；{state}",
                "{file}: published: {sheet} of {trade} version {version}, published {at} by {by}; {state}"
            )
        case .verifyFinal: ("自 {at} 起为正式版", "final since {at}")
        case .verifySuperseded: ("已被第 {version} 版取代", "superseded by version {version}")
        case .verifyNotice: ("公示期至 {at}", "notice period until {at}")
        case .verifyNotPublished:
            (
                // The refusal `not_published` already says 不是已发布的文件 before this text.
                "{file}（其 sha256 为 {digest}）", "{file} is not a published file (sha256 {digest})"
            )
        case .verifyResembles:
            ("。最接近 {trade} 第 {version} 版的 {sheet}", ". It most resembles {sheet} of {trade} version {version}")
        case .verifyTheSheet: ("成绩表", "the result sheet")
        case .verifyLineDiffers:
            (
                "：第 {line} 行不同：已发布的是 \"{published}\"，此文件是 \"{candidate}\"",
                ": line {line} differs: published \"{published}\", this file \"{candidate}\""
            )
        case .verifyBytesDiffer:
            (
                "：每一行都相同，但字节不同（字节顺序标记或换行符）",
                ": every line is equal, but the bytes differ (byte-order mark or line ends)"
            )
        case .verifyNoPublication: ("；本数据库没有任何发布记录", "; this database records no publication")
        case .showCompetitor:
            (
                "选手 {number} {name}（{unit}），{trade}（{tradeID}），状态 {status}（{statusName}）",
                "competitor {number} {name} ({unit}), {trade} ({tradeID}), status {status} ({statusName})"
            )
        case .showRegistered: ("报名：{registered}，第 {line} 行", "registered: {registered}, line {line}")
        case .showChanges: ("变更：", "changes:")
        case .showChange:
            (
                "  {at}  批次 {batch}  {changes}，由 {by}{chief}：{reason}",
                "  {at}  batch {batch}  {changes}, by {by}{chief}: {reason}"
            )
        case .showChangeChief: ("，裁判长 {chief}", ", chief judge {chief}")
        case .showMissing: ("缺少：", "missing:")
        case .showRound: ("环节 {round}（{roundID}），{method}：{shown}", "{round} ({roundID}), {method}: {shown}")
        case .showTrimmedMean: ("trimmed-mean（去掉最高最低各 {trim} 个）", "trimmed-mean, trim {trim}")
        case .showNoMarks: ("没有分数", "no marks")
        case .showNotScored: ("未计分", "not scored")
        case .showKeptNotScored: ("保留，不计分", "kept, not scored")
        case .showIncomplete: ("不完整", "incomplete")
        case .showDropped: ("  已去掉", "  dropped")
        case .showRanked: ("总分 {total}，名次 {rank}", "total {total}, rank {rank}")
        case .showPrize: ("，奖项 {prize}", ", prize {prize}")
        case .showTitle: ("，称号 {title}", ", title {title}")
        case .showNoPrize: ("，无奖项", ", no prize")
        case .showNotYet: ("总分：暂无（缺分数）", "total: not yet (marks missing)")
        case .showNotQualified: ("未晋级后续环节：不排名", "not qualified for a later round (未晋级): not ranked")
        case .showNotRanked: ("不排名：{status}", "not ranked: {status}")
        case .optionHeaders:
            ("列标题：zh（名次、参赛号……）或 keys（rank、number……）。", "Column headers: zh (名次, 参赛号, …) or keys (rank, number, …).")
        case .optionNoBOM:
            (
                "不写 UTF-8 字节顺序标记（Excel 需要它才能正确显示中文）。",
                "Leave out the UTF-8 byte-order mark (Excel needs it for Chinese text)."
            )
        case .optionProvisional:
            ("分数不全时也写出成绩表，文件名标明为暂定。", "Write sheets even while marks are missing, named as provisional.")
        case .optionFinal: ("把最新版本定为正式版（不写出文件）。", "Make the latest version final (no files are written).")
        case .optionReplaceMark:
            ("替换已录入的分数；旧值保留在历史记录中。", "Replace a mark that is already stored; the old value is kept in the history.")
        case .optionMissing: ("列出每一个缺少的分数，而不只是个数。", "List every missing mark, not only how many.")
        case .optionVerbose: ("显示每条记录设定的所有事实（导入的记录很长）。", "Show every fact each record sets (long for imports).")
        case .optionReplaceFile: ("FILE 已存在时替换它。", "Replace FILE if it exists.")
        case .optionForceInit:
            (
                "替换已有竞赛的数据库（旧文件改名保留）。",
                "Replace a database that already holds a competition (the old file is kept, renamed)."
            )
        case .optionReplaceMarks:
            ("替换已录入的分数；旧值保留在历史记录中。", "Replace marks that are already stored; the old values are kept in the history.")
        case .optionReplaceTimes:
            ("替换已录入的用时；旧值保留在历史记录中。", "Replace times that are already stored; the old values are kept in the history.")
        case .argResolveReason:
            ("为什么是这个值（例如已核对评分表）。", "Why this value (e.g. the score sheet was checked).")
        case .argSheetMark:
            ("评分表上的分数。", "The mark on the score sheet.")
        case .argSheetsFolder:
            ("成绩表所在的文件夹（不存在时创建）。", "The folder for the sheets (created when missing).")
        case .argPublishTrade:
            ("要发布的工种。", "The trade to publish.")
        case .argPublishFolder:
            ("发布文件所在的文件夹（不存在时创建）。", "The folder for the published files (created when missing).")
        case .argOnlyTrade:
            ("只看这个工种。", "Only this trade.")
        case .argAppealTrade:
            ("被申诉的已发布成绩表所属的工种。", "The trade whose published sheet is appealed.")
        case .argAppealNumber:
            ("涉及的选手（参赛号）。", "The competitor concerned (参赛号).")
        case .argAppealText:
            ("申诉内容，用申诉人的原话。", "What is appealed, in the appellant's words.")
        case .argAppellant:
            ("申诉人（默认：操作系统用户）。", "Who makes the appeal (default: the OS user).")
        case .argAppealID:
            ("申诉编号，即 `appeal list` 显示的编号。", "The appeal, as `appeal list` numbers it.")
        case .argRuling:
            ("裁决。", "The ruling (裁决).")
        case .argTypist:
            ("录入这个分数的人（默认：该裁判）。", "Who types the mark (default: the judge).")
        case .argMark:
            ("分数，最多 2 位小数。", "The mark, at most 2 decimal places.")
        case .argReportsFolder:
            ("报告所在的文件夹（不存在时创建）。", "The folder for the reports (created when missing).")
        case .argStatusTrade:
            ("只看这个工种，并列出每一个缺少的分数。", "Only this trade, with every missing mark listed.")
        case .argJudge:
            ("裁判。", "The judge.")
        case .argNumberChinese:
            ("选手的参赛号。", "The competitor's number (参赛号).")
        case .argRecusalReason:
            ("该裁判可以给这名选手评分的理由。", "Why the judge may mark this competitor.")
        case .argTrade:
            ("工种。", "The trade.")
        case .argRound:
            ("环节。", "The round.")
        case .argUnlockReason:
            ("重新开放该环节的理由（必填）。", "Why the round is opened again (required).")
        case .argFlagReason:
            ("分数维持不变的理由（必填）。", "Why the marks stand (required).")
        case .argDemoOut:
            ("数据库和成绩表的写出位置。", "Where to write the databases and sheets.")
        case .argDemoBundle:
            (
                "包含 Config/ 和 seeds/ 的文件夹（默认：从当前位置查找）。",
                "The folder holding Config/ and seeds/ (default: found from here)."
            )
        case .argRevertBatch:
            ("要撤销的批次，即 `judge audit log` 显示的批次。", "The batch to undo, as `judge audit log` shows it.")
        case .argReason:
            ("理由（必填），记入审计日志。", "Why (required); kept in the audit log.")
        case .argAuditNumber:
            ("只看这名选手的记录的变更。", "Only the changes to this competitor's records.")
        case .argCorrectedMark:
            ("更正后的分数，最多 2 位小数。", "The corrected mark, at most 2 decimal places.")
        case .argCorrectReason:
            ("更正分数的理由（必填）。", "Why the mark is corrected (required).")
        case .argOnlyClerks:
            ("只给这些录入员（可重复）。", "Only these clerks (repeatable).")
        case .argPINChief:
            ("裁判长，用于更换已发放的 PIN。", "The chief judge, to replace a PIN already issued.")
        case .argBackupFile:
            ("副本的写出位置；该文件不能已存在（除非用 --force）。", "Where to write the copy; it must not exist (unless --force).")
        case .argOnlyJudges:
            ("只给这些裁判（可重复）。", "Only these judges (repeatable).")
        case .argConfig:
            ("竞赛文件（YAML）。", "The competition file (YAML).")
        case .argRosterFile:
            ("选手名单文件。", "The roster file.")
        case .argMarksFile:
            ("分数文件。", "The marks file.")
        case .argTimesFile:
            ("用时文件。", "The times file.")
        case .argNumber:
            ("选手的参赛号。", "The competitor's number.")
        case .argEditName:
            ("更正后的姓名。", "The corrected name.")
        case .argEditUnit:
            ("更正后的单位。", "The corrected unit.")
        case .argEditTrade:
            ("改到另一个工种，填编号（仅限该选手还没有分数时）。", "Another trade, by id (only while the competitor has no marks).")
        case .argEditStatus:
            (
                "active、absent、disqualified 或 withdrawn（正常、缺考、取消资格、退赛）。",
                "active, absent, disqualified or withdrawn (缺考, 取消资格, 退赛)."
            )
        case .abstractResolve:
            (
                "裁判长按评分表上的值裁定两遍录入不一致的分数。",
                "Settle a mark whose entries disagree with the value on the score sheet (chief judge)."
            )
        case .abstractVerify:
            ("判断一个文件是否正是 `results publish` 写出的文件。", "Say whether a file is exactly one that `results publish` wrote.")
        case .abstractExport:
            (
                "每个工种写出一份成绩表：DIR/<trade-id>.csv（用 --format 还可写出 .html、.xlsx）。",
                "Write one result sheet per trade: DIR/<trade-id>.csv (and .html, .xlsx with --format)."
            )
        case .abstractPublish:
            ("发布一个工种的成绩表进行公示，作为新版本。", "Publish one trade's result sheet for its notice period (公示), as a new version.")
        case .abstractCompetitorsList:
            ("按工种和参赛号列出选手。", "List competitors by trade and number.")
        case .abstractAppealAdd:
            ("登记对一名选手成绩的申诉。", "Record an appeal about one competitor's result.")
        case .abstractAppealResolve:
            ("登记裁判长对未结申诉的裁决。", "Record the chief judge's ruling on an open appeal.")
        case .abstractAppealList:
            ("按提出顺序列出申诉，包括未结和已裁决的。", "List appeals, open and resolved, in the order they were made.")
        case .abstractScoreEnter:
            ("在裁判席录入一个分数（或一个评分项的分数）。", "Enter one mark (or one criterion mark) at the judges' table.")
        case .abstractReportJudges:
            (
                "裁判评分一致性报告：DIR/<trade-id>-judges.html。",
                "The judges' consistency report (裁判评分一致性报告): DIR/<trade-id>-judges.html."
            )
        case .abstractRecusalAllow:
            (
                "裁判长说明理由后，允许裁判给本单位的选手评分。",
                "Allow a judge to mark a competitor of the same unit (chief judge, with a reason)."
            )
        case .abstractFlagsConfirm:
            (
                "裁判长说明理由，确认被标记选手的分数维持不变。",
                "Confirm a flagged competitor's marks as they are (chief judge), with a reason."
            )
        case .abstractRevert:
            (
                "撤销一次导入或一次录入：收回其分数（或用时、选手）。",
                "Undo one import or typed mark: its marks (or times, or competitors) are taken back."
            )
        case .abstractAuditVerify:
            ("检查记录链，并核对数据库与日志是否一致。", "Check the chain of records and that the database says what the log says.")
        case .abstractAuditLog:
            (
                "按时间顺序显示历史记录；用 --number 只看一名选手的每次变更。",
                "Show the history, oldest first; with --number, every change to one competitor."
            )
        case .abstractScoreCorrect:
            (
                "裁判长说明理由更正一个已录分数；这是修改已锁定分数的唯一方式。",
                "Correct one stored mark (chief judge), with a reason; the only way to change a locked mark."
            )
        case .abstractClerksPINs:
            (
                "给录入员发放 PIN：只显示一次，数据库只保存加盐的慢哈希。",
                "Issue clerks their PINs, printed once and stored only as a salted slow hash."
            )
        case .abstractJudgesPINs:
            (
                "给裁判发放 PIN：只显示一次，数据库只保存加盐的慢哈希。",
                "Issue judges their PINs, printed once and stored only as a salted slow hash."
            )
        case .abstractRosterImport:
            (
                "从 CSV 文件添加选手：number,name,unit,trade[,status]。",
                "Add competitors from a CSV file: number,name,unit,trade[,status]."
            )
        case .abstractScoreImport:
            (
                "从 CSV 文件添加裁判评分：number,round,judge,score[,criterion]。",
                "Add judges' marks from a CSV file: number,round,judge,score[,criterion]."
            )
        case .abstractTimeImport:
            (
                "从 CSV 文件记录用时：number,round,time（秒、M:SS 或 H:MM:SS）。",
                "Record times used from a CSV file: number,round,time (seconds, M:SS or H:MM:SS)."
            )
        case .abstractCompetitorsShow:
            (
                "一名选手：基本信息、变更、按环节/裁判/评分项的每个分数、成绩、名次和奖项。",
                "One competitor: details, changes, every mark by round, judge and criterion, scores, rank and prize."
            )
        case .abstractCompetitorsEdit:
            (
                "导入名单后说明理由修改选手的姓名、单位、工种或状态。",
                "Change a competitor's name, unit, trade or status after the roster import, with a reason."
            )
        case .rankProvisional:
            ("暂定：缺 {count} 个分数，见 `judge status`", "provisional: {count} marks missing, see `judge status`")
        case .correctDone:
            (
                "已更正 {old} → {new}：选手 {number} {name}，{what}，裁判 {judge} {judgeName}",
                "corrected {old} → {new}: competitor {number} {name}, {what}, judge {judge} {judgeName}"
            )
        case .correctStaysLocked:
            ("{lock}，仍保持锁定", "{lock} and stays locked")
        case .correctFlagged:
            (
                "注意：分差超限：{flag}；请用 `judge flags confirm` 确认或继续更正",
                "note: flagged by max_spread: {flag}; confirm with `judge flags confirm` or correct further"
            )
        case .slipsWrote:
            ("已把 {count} 张 PIN 条写到 {file}：{names}", "wrote {count} PIN slip{s} to {file}: {names}")
        case .slipsReplaces:
            ("（替换旧 PIN）", " (replaces the old PIN)")
        case .slipsHowTo:
            (
                "打印后沿虚线剪开，每张装进信封封好，然后删除该文件",
                "print it, cut along the dashed lines, seal each slip in an envelope, then delete the file"
            )
        case .initKept:
            (
                "旧数据库已保留为 {file}（审计记录 {record} 接续新的记录链）",
                "kept the old database as {file} (audit record {record} continues the new chain)"
            )
        case .initCreated:
            (
                "已创建 {file}：{name}（{id}），{trades} 个工种，{rounds} 个环节，{judges} 名裁判",
                "created {file}: {name} ({id}), {trades} trades, {rounds} rounds, {judges} judges"
            )
        case .auditNoChanges:
            ("没有记录改动过选手 {number}", "no record changes competitor {number}")
        case .auditEmpty:
            ("审计日志为空", "the audit log is empty")
        case .recusalAllowed:
            (
                "已允许：裁判 {judge} {judgeName}（{judgeUnit}）可以给选手 {number} {name}（{unit}）评分；理由：{reason}",
                "allowed: judge {judge} {judgeName} ({judgeUnit}) may mark competitor {number} {name} ({unit}); reason: {reason}"
            )
        case .editChanged:
            ("已修改选手 {number}（批次 {batch}）：{changes}", "changed competitor {number} (batch {batch}): {changes}")
        case .editLeavesRanking:
            (
                "注意：选手 {number} 有 {marks} 个分数；分数保留但不再计分，{name} 因此退出排名（撤销：`judge competitors edit {number} --status active --reason …`）",
                "note: competitor {number} has {marks} marks; they are kept but no longer scored, so {name} leaves the ranking (undo: `judge competitors edit {number} --status active --reason …`)"
            )
        case .argVerifyFile:
            (
                "要核对的文件：成绩表、公示表、获奖名单、变更清单或清单文件（manifest），CSV、HTML 或 xlsx 格式均可。",
                "The file to check: a result sheet, 公示 sheet, award list, change list or manifest, as CSV, HTML or xlsx."
            )
        case .argFormats:
            (
                "要写出的格式：csv、html、xlsx，用逗号分隔（csv 不受其他格式影响）。",
                "What to write: csv, html and xlsx, as a comma list (csv unchanged by the others)."
            )
        case .argNoticeDays:
            (
                "公示期天数，期间受理申诉（默认 5 天；notice_days_min 更长时取它）。",
                "Days of the notice period (公示期) during which appeals are taken (default 5, or notice_days_min if longer)."
            )
        case .argDemoDB:
            (
                "与其他命令一样接受此选项，但演示会在 --out 下自建数据库。",
                "Accepted like every command's, but the demo makes its own databases under --out."
            )
        case .argSlips:
            (
                "把 PIN 写成可打印的纸条，存入这个新的 HTML 文件，而不显示在屏幕上。",
                "Write the PINs as printable slips to this new HTML file instead of the screen."
            )
        case .argInitChief:
            (
                "裁判长：在已锁定或已发布成绩时授权 --force。",
                "The chief judge (裁判长) who authorizes --force over locked or published results."
            )
        case .argEditChief:
            (
                "裁判长：该工种有环节已锁定后，修改状态或工种需要裁判长。",
                "The chief judge (裁判长), needed for a status or trade change once a round of the trade is locked."
            )
        case .argAuditExpect:
            (
                "发布时打印的校验点：日志中必须仍有这条记录且哈希相同。",
                "The pin a publication printed: the log must still hold this record with this hash."
            )
        case .slipsReplacesCell:
            ("替换旧 PIN", "replaces the old PIN")
        case .auditLastHash:
            ("，最后哈希 {hash}…", ", last hash {hash}…")
        case .auditRowsAgree:
            ("；{count} 行批次和历史记录也一致", "; {count} stored rows of batches and history agree too")
        case .auditPinned:
            ("；记录 {record} 正是发布时的那条", "; record {record} is the one published")
        case .auditMore:
            ("audit：… 另有 {count} 处不一致", "audit: … and {count} more differences")
        case .exportMoreProblems:
            ("    … 另有 {count} 个（见 `judge status`）", "    … and {count} more (see `judge status`)")
        case .ignoredKept:
            ("已保留 {count} 个不计分的分数：", "kept {count} mark{s} that will not be scored:")
        case .ignoredNotAdmitted:
            ("未获准参加该环节", "not admitted to the round")
        case .ignoredGroup:
            (
                "  环节 {round}：{count} 名选手的 {marks} 个分数（{why}）：",
                "  round {round}: {marks} for {count} competitor{s} {why}: "
            )
        case .ignoredMore:
            ("，… 另有 {count} 名", ", … and {count} more")
        case .tradeProblems: ("  {trade}（{id}）：{count} 个问题", "  {trade} ({id}): {count} problem{s}")
        }
    }
}
