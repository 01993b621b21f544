extension RefusalCode {
    /// A chief judge on his own marks, and a recusal that does not apply.
    static let recusal: [RefusalCode: Wording] = [
        .ownRecusal:
            (
                "裁判长 {chief} 不能批准自己的回避：须由另一位裁判长批准（用 --chief 指定另一位 chief: true 的裁判）",
                "chief judge {chief} may not allow his own recusal: another chief judge must (`--chief ID` of another judge with chief: true)"
            ),
        .ownFlag:
            (
                "选手 {number}、环节 {round}：裁判长 {chief} 给该选手在本环节评过分，不能确认涉及本人评分的标记：须由另一位裁判长确认",
                "competitor {number}, round {round}: chief judge {chief} marked this competitor in this round, so may not confirm the flag on his own marks: another chief judge must"
            ),
        .notSameUnit:
            (
                "裁判 {judge} {name}（{unit}）与选手 {number} {competitor}（{competitorUnit}）不是同一单位：无需回避",
                "judge {judge} {name} ({unit}) and competitor {number} {competitor} ({competitorUnit}) are not of the same unit: no recusal applies"
            ),
        .recusalAllowedAlready:
            (
                "裁判 {judge} 已获准给选手 {number} 评分（理由：{reason}）",
                "judge {judge} may already mark competitor {number} (allowed: {reason})"
            ),
    ]
}
