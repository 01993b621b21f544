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

    /// The phrase with its values filled in; a name without a value stays visible.
    public func text(in language: Language = .current, _ values: [String: String] = [:]) -> String {
        Refusal.fill(template(in: language), with: values)
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
