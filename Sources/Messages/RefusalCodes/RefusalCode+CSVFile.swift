extension RefusalCode {
    /// Reading a CSV file: its encoding, its quoting, its header and its fields.
    static let csvFile: [RefusalCode: Wording] = [
        .cannotRead: ("无法读取：{reason}", "{reason}"),
        .notARegularFile: ("不是普通文件", "not a regular file"),
        .workbookNotCSV:
            (
                "这是 Excel 工作簿（.xlsx 或 .xls），不是 CSV 文件：请在 Excel 或 WPS 中打开，另存为 → CSV UTF-8（逗号分隔），再导入该 .csv 文件",
                "this is an Excel workbook (.xlsx or .xls), not a CSV file: open it in Excel or WPS and save it as \"CSV UTF-8\" (另存为 → CSV UTF-8（逗号分隔）), then import the .csv"
            ),
        .utf16NotCSV:
            (
                "这是 UTF-16 文本（Excel 的“Unicode 文本”），不是 CSV：请另存为 CSV UTF-8（Excel：另存为 → CSV UTF-8（逗号分隔）；WPS：另存为 → CSV UTF-8）后重新导入",
                "the file is UTF-16 text (Excel's \"Unicode 文本\"), not CSV: save it as \"CSV UTF-8\" (Excel: 另存为 → CSV UTF-8（逗号分隔）; WPS: 另存为 → CSV UTF-8) and import it again"
            ),
        .notUTF8OrGB18030:
            (
                "该文件既不是 UTF-8 也不是 GB18030（GBK）文本：请另存为 CSV UTF-8（Excel：另存为 → CSV UTF-8（逗号分隔）；WPS：另存为 → CSV UTF-8）后重新导入",
                "the file is neither UTF-8 nor GB18030 (GBK) text: save it as \"CSV UTF-8\" (Excel: 另存为 → CSV UTF-8（逗号分隔）; WPS: 另存为 → CSV UTF-8) and import it again"
            ),
        .endsInsideCharacter: ("文件在一个字符的中间结束了", "the file ends inside a character"),
        .noGB18030:
            (
                "该文件不是 UTF-8，而本机的 iconv 无法读取 GB18030：请另存为 CSV UTF-8",
                "the file is not UTF-8, and this system's iconv cannot read GB18030: save it as \"CSV UTF-8\""
            ),
        .cannotConvert: ("无法将文件从 GB18030 转换：{reason}", "cannot convert the file from GB18030: {reason}"),
        .emptyFile: ("文件是空的：第一行应为表头 {expected}", "the file is empty: expected a header row {expected}"),
        .invalidUTF8: ("不是有效的 UTF-8 文字", "invalid UTF-8"),
        .textAfterQuote: ("右引号后面还有文字", "text after closing quote"),
        .unterminatedQuote: ("引号没有闭合", "unterminated quoted field"),
        .fileChanged: ("读取期间文件被改动了", "the file changed while it was being read"),
        .wrongFieldCount:
            ("应有 {expected} 列（{names}），实有 {found} 列", "expected {expected} field{s} ({names}), found {found}"),
        .valueInUnnamedColumn:
            (
                "这一列在表头中没有列名；请给该列加上列名，或删除其中的内容",
                "a value in a column without a name in the header; name the column or delete what is in it"
            ),
        .unknownColumn: ("无法识别的列名；应为 {expected}", "unknown column; expected {expected}"),
        .repeatedColumn: ("列名重复[（{key}）]；第一次在第 {first} 列", "repeated column[ ({key})]; first at column {first}"),
        .emptyColumnName: ("列名为空；应为 {expected}", "empty column name; expected {expected}"),
        .fullWidthCommas:
            (
                "各列用的是全角逗号（，）而不是半角逗号：请改用半角逗号（,），或另存为 CSV（逗号分隔）；应为 {expected}",
                "the columns are separated by full-width commas (，), not commas: separate them with half-width commas (,) or save the file as CSV (逗号分隔); expected {expected}"
            ),
        .tabSeparated:
            (
                "各列用制表符分隔而不是逗号：请改用半角逗号（,），或另存为 CSV（逗号分隔）；应为 {expected}",
                "the columns are separated by tabs, not commas: separate them with half-width commas (,) or save the file as CSV (逗号分隔); expected {expected}"
            ),
        .missingColumn: ("缺少这一列；应有 {expected}", "missing column; expected {expected}"),
        .forbiddenCharacter:
            (
                "内容含有不允许出现的字符（{character}），请删除（如是粘贴来的文字，请重新输入）",
                "the field holds {character}, which is not allowed in any text; remove it (retype the text if it was pasted)"
            ),
        .textTooLong:
            (
                "内容长 {length} 个字符，最多只能 {max} 个字符",
                "the field is {length} characters long; text is at most {max} characters"
            ),
        .rowsRefused:
            (
                "{count} 行被拒绝，未保存任何内容；请全部改正后重新导入：",
                "{count} rows refused, nothing was stored; fix them all and import the file again:"
            ),
        .moreRefused: ("… 另有 {count} 行", "… and {count} more"),
    ]
}
