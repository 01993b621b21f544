extension Phrase {
    /// Sign-off: a round locked or unlocked, a flag confirmed, a recusal allowed.
    static let signOff: [Phrase: Wording] = [
        .roundLocked:
            ("已锁定工种 {trade} 环节 {round}（{chief} 于 {at}）", "locked trade {trade}, round {round} (by {chief} at {at})"),
        .roundUnlocked:
            (
                "已解锁工种 {trade} 环节 {round}（原由 {chief} 于 {at} 锁定）",
                "unlocked trade {trade}, round {round} (locked by {chief} at {at})"
            ),
        .flagConfirmed: ("已确认：{flag}", "confirmed: {flag}"),
        .recusalAllowed:
            (
                "已允许：裁判 {judge} {judgeName}（{judgeUnit}）可以给选手 {number} {name}（{unit}）评分；理由：{reason}",
                "allowed: judge {judge} {judgeName} ({judgeUnit}) may mark competitor {number} {name} ({unit}); reason: {reason}"
            ),
    ]
}
