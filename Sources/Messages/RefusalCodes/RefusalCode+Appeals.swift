extension RefusalCode {
    /// Appeals (申诉) against a published sheet during its notice period.
    static let appeals: [RefusalCode: Wording] = [
        .appealsNeedPublication:
            ("{trade} 还没有发布过成绩：成绩发布后才能提出申诉", "{trade} has no published version: appeals follow publication"),
        .appealsClosedFinal:
            (
                "{trade}：第 {version} 版已是最终成绩，不再受理申诉",
                "{trade}: version {version} is final; appeals are no longer taken"
            ),
        .appealsClosedNotice:
            (
                "{trade}：第 {version} 版的公示期已于 {at} 结束，不再受理申诉",
                "{trade}: the notice period of version {version} ended at {at}; appeals are no longer taken"
            ),
        .competitorNotInTrade:
            ("--number {number}：{trade} 中没有这名选手", "--number {number}: no such competitor in {trade}"),
        .unknownAppeal: ("--id {id}：没有这个申诉", "--id {id}: no such appeal"),
        .appealResolvedAlready:
            ("申诉 {id} 已经裁决过：{ruling}", "appeal {id} was resolved already: {ruling}"),
        .rulingRequired: ("--ruling：裁决必须写明内容", "--ruling: a ruling needs text"),
    ]
}
