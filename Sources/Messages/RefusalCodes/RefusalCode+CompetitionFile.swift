extension RefusalCode {
    /// The competition file (YAML): reading it, its keys and the shape of their values.
    static let competitionFile: [RefusalCode: Wording] = [
        .competitionFileUnreadable: ("无法读取该文件：{reason}", "cannot read the file: {reason}"),
        .competitionFileTooLarge:
            (
                "文件大于 {max} KiB，而竞赛文件只有几 KB：是不是选错了文件？",
                "the file is larger than {max} KiB; a competition file is a few kilobytes: is it the right file?"
            ),
        .competitionFileNotUTF8: ("文件不是 UTF-8 文本：请另存为 UTF-8", "the file is not UTF-8 text; save it as UTF-8"),
        .competitionFileEmpty:
            (
                "文件中没有竞赛：应有 competition、trades 和 rounds 这几个键",
                "the file holds no competition; expected the keys competition, trades and rounds"
            ),
        .notYAML:
            (
                "文件不是有效的 YAML：{problem}[（{context}，见第 {line} 行第 {column} 列）]",
                "the file does not parse as YAML: {problem}[ ({context} at line {line}, column {column})]"
            ),
        .tooManyValues:
            (
                "文件经 YAML 别名（*name）展开后超过 {max} 个值：请直接写出这些值，不要用别名",
                "the file expands to more than {max} values (through YAML aliases, *name); write the values out instead of aliasing them"
            ),
        .listTooLong: ("一个列表最多 {max} 项：请把竞赛拆开", "a list holds at most {max} items; split the competition"),
        .expectedShape: ("应为{expected}[，而不是{kind}]", "expected {expected}[, not {kind}]"),
        .numberTooLarge: ("数值过大", "the number is far too large"),
        .unknownKey:
            (
                "无法识别的键；应为 {allowed} 之一[（是不是 {guess}？）]",
                "unknown key; expected one of {allowed}[ (did you mean {guess}?)]"
            ),
        .keyNotText: ("键必须是文字；应为 {allowed} 之一", "a key must be text; expected one of {allowed}"),
        .repeatedKey:
            (
                "键重复[：第 {line} 行第 {column} 列已经写过]",
                "repeated key[; it is already given at line {line}, column {column}]"
            ),
        .missingKey: ("缺少{need}", "{need}"),
        .unknownMethod:
            (
                "无法识别的计分方法；请用 single、mean、trimmed-mean 或 median",
                "unknown method; use single, mean, trimmed-mean or median"
            ),
        .trimWithoutTrimmedMean:
            (
                "trim 只适用于 aggregate: trimmed-mean；本环节的方法是 {method}",
                "trim applies only to aggregate: trimmed-mean; this round's method is {method}"
            ),
        .qualifyCutMissing: ("请给出 top（前 n 名晋级）或 min_score", "give either top (best n go through) or min_score"),
        .qualifyCutTwice: ("top 和 min_score 只能给一个", "give top or min_score, not both"),
        .unknownRounding: ("无法识别的取整方式；请用 floor 或 half-up", "unknown rounding; use floor or half-up"),
        .timeNeedsRound: ("time: 后面要写环节编号，如 time:practical", "time: needs a round id, e.g. time:practical"),
        .badTieBreak:
            (
                "同分决胜项应为环节编号（得分高者胜）或 time:<环节编号>（用时少者胜）",
                "a tie-break is a round id (higher score wins) or time:<round id> (less time wins)"
            ),
        .prizeQuotaMissing: ("奖项需要 count 或 percent", "a prize tier needs either count or percent"),
        .prizeQuotaTwice: ("奖项只能给 count 或 percent 之一，不能都给", "a prize tier takes count or percent, not both"),
        .tooManySignatures:
            (
                "有 {count} 个签名栏；一页底部最多放 {max} 个",
                "{count} signature lines; at most {max} fit at the foot of a page"
            ),
        .signatureTwice: ("这个签名栏列了两次", "this signature line is listed twice"),
        .blankLine: ("{what}是空的：请填写内容，或删去该键", "{what} is blank; write the text or leave the key out"),
        .lineBreak: ("{what}只印一行：请去掉换行", "{what} is printed on one line; remove the line break"),
        .clerkTwice: ("录入员编号 {id} 出现了两次", "clerk id {id} is given twice"),
        .clerkIsJudge:
            (
                "{id} 是裁判的编号；录入员要用自己的编号，录入记录才能看出是谁录的",
                "{id} is a judge's id; give clerks ids of their own, so an entry says who made it"
            ),
        .noClerksListed: ("请至少列出一名录入员，或删去 clerks", "list at least one clerk, or leave clerks out"),
        .noticeDaysRange:
            (
                "最短公示期应为 0 到 365 之间的整天数",
                "the minimum notice period is a whole number of days from 0 to 365"
            ),
    ]
}
