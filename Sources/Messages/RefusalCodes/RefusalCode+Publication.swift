extension RefusalCode {
    /// Publishing and exporting result sheets: what must be settled first, what a published file
    /// is, and a file that could not be written.
    static let publication: [RefusalCode: Wording] = [
        .roundsNotLocked:
            (
                "不能发布 {trade}：以下环节尚未锁定：{rounds}；请逐一锁定：`judge lock --trade {id} --round ID --chief ID`",
                "cannot publish {trade}: rounds not locked: {rounds}; lock each with `judge lock --trade {id} --round ID --chief ID`"
            ),
        .marksMissingToPublish:
            (
                "还有分数未录入，未生成正式成绩表：\n{problems}\n请补录缺少的分数，重新锁定环节后再发布",
                "marks are missing, so no final sheet was written:\n{problems}\nenter the missing marks, lock the rounds again, then publish"
            ),
        .marksMissingToExport:
            (
                "还有分数未录入，未生成正式成绩表：\n{problems}\n请补录缺少的分数，或用 --provisional 导出标明“暂定”的成绩表",
                "marks are missing, so no final sheet was written:\n{problems}\nenter the missing marks, or export with --provisional for a sheet marked provisional"
            ),
        .flagsNotConfirmed:
            (
                "不能发布 {trade}：有 {count} 个分差超限（max_spread）标记未经裁判长确认（锁定后的更正引起）：\n{flags}\n请用 `judge flags confirm` 逐一确认（涉及本人评分的由另一位裁判长确认），或更正分数",
                "cannot publish {trade}: {count} max_spread flags not confirmed by the chief judge (a correction after the lock raised them):\n{flags}\nconfirm each with `judge flags confirm` (another chief judge where the flag concerns your own marks) or correct the marks"
            ),
        .noticeTooShort:
            (
                "--notice-days {days}：本竞赛的公示期至少 {minimum} 天（竞赛文件中的 notice_days_min）；请给出 --notice-days {minimum} 或更多",
                "--notice-days {days}: this competition's notice period (公示期) is at least {minimum} days (notice_days_min in the competition file); give --notice-days {minimum} or more"
            ),
        .publishedFileExists:
            (
                "{file} 已存在：已发布的文件从不覆盖；请换一个 --out",
                "{file} exists already: a published file is never replaced; choose another --out"
            ),
        .notPublished: ("不是已发布的文件：{detail}", "{detail}"),
        .publishedFinal:
            (
                "{trade} 已将第 {version} 版发布为最终成绩：不能再发布",
                "{trade} was published final as version {version}: nothing more can be published"
            ),
        .publishedMeanwhile:
            (
                "{trade} 的第 {version} 版已在此期间发布：请重新发布",
                "version {version} of {trade} was published meanwhile: publish again"
            ),
        .finalNeedsPublication:
            ("{trade} 还没有发布过成绩：请先发布第 1 版", "{trade} has no published version: publish version 1 first"),
        .finalAlready:
            ("{trade} 第 {version} 版已是最终成绩（自 {at} 起）", "{trade} version {version} is final already (since {at})"),
        .cannotMakeFinal:
            ("{trade} 不能定为最终成绩：\n{blockers}", "cannot make {trade} final:\n{blockers}"),
        .marksChangedDuringExport:
            ("导出期间 {trade} 的分数有变动；请重新导出", "the marks of {trade} changed during the export; run it again"),
        .cannotWrite: ("无法写入：{reason}", "cannot write: {reason}"),
    ]
}
