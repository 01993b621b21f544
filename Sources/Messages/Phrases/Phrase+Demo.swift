extension Phrase {
    /// The report of `judge demo`.
    static let demo: [Phrase: Wording] = [
        .demoDatabase:
            (
                "  数据库 {database}（试试：judge rank --db {database}）",
                "  database {database} (try: judge rank --db {database})"
            ),
        .demoTrade: ("  {trade}：{ranked}/{count} 人排名 → {file}", "  {trade}: {ranked} ranked of {count} → {file}"),
        .demoPrintable: ("    打印文档：{files}", "    printable: {files}"),
        .demoPrizes: ("    奖项：{prizes}", "    prizes: {prizes}"),
        .demoWrote:
            (
                "\n已在 {folder}/ 下写出 {count} 份成绩表（UTF-8 带 BOM，可用 Excel 打开），每份附有可打印的 .html 和 .xlsx 文档",
                "\nwrote {count} result sheets under {folder}/ (UTF-8 with BOM, open them in Excel), each with its printable .html and .xlsx documents"
            ),
    ]
}
