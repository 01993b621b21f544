extension Phrase {
    /// The lines of `judge status` and `judge rank`: progress per trade and round, flags, what blocks a final sheet.
    static let status: [Phrase: Wording] = [
        .tradeHeading: ("{trade}：{count} 名选手，{active} 名正常参赛", "{trade}: {count} competitors, {active} active"),
        .roundProgress:
            (
                "已录 {in}/{expected} 个分数，缺 {missing} 个，{scored}/{admitted} 名选手已有成绩",
                "{in}/{expected} marks in, {missing} missing, {scored} of {admitted} competitors scored"
            ),
        .finalSheetReady: ("  正式成绩表：可以生成", "  final sheet: ready"),
        .finalSheetBlockedList: ("  正式成绩表：有 {count} 处问题：", "  final sheet: blocked by {count}:"),
        .finalSheetBlocked:
            (
                "  正式成绩表：有 {count} 处问题（`judge status --missing` 或 `--trade {trade}` 列出）",
                "  final sheet: blocked by {count} (`judge status --missing` or `--trade {trade}` lists them)"
            ),
        .statusPublished: ("  已发布：第 {version} 版，{at}，{state}", "  published: version {version} at {at}, {state}"),
        .statusFinalSince: ("自 {at} 起为最终版", "final since {at}"),
        .statusNoticeUntil: ("公示期至 {at}", "notice period (公示期) until {at}"),
        .statusRoundFlags: ("，{count} 个分差超限标记待确认", ", {count} max_spread flag{s} to confirm"),
        .statusRoundLocked: ("，{chief} 于 {at} 锁定", ", locked by {chief} at {at}"),
        .statusFlags:
            (
                "  分差超限标记：{count} 个，锁定前有 {open} 个待确认或更正：",
                "  max_spread flags: {count}, {open} to confirm or correct before locking:"
            ),
        .statusFlagConfirmed: ("；{chief} 于 {at} 确认：{reason}", "; confirmed by {chief} at {at}: {reason}"),
        .statusDoubleEntry:
            (
                "双人录入：{count} 处不一致，{waiting} 处等待第二名录入员",
                "double entry (双人录入): {count} disagreement{s}, {waiting} waiting for a second clerk"
            ),
        .tradeProblems: ("  {trade}（{id}）：{count} 个问题", "  {trade} ({id}): {count} problem{s}"),
        .rankProvisional:
            ("暂定：缺 {count} 个分数，见 `judge status`", "provisional: {count} marks missing, see `judge status`"),
    ]
}
