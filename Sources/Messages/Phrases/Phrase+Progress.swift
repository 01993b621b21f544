extension Phrase {
    /// The progress line of a long import or export, on a terminal only: a label, then how far.
    static let progress: [Phrase: Wording] = [
        .progressReading: ("读取 {file}：", "reading {file}: "),
        .progressReadLine: ("{percent}%（第 {line} 行）", "{percent}% (line {line})"),
        .progressScoring: ("计分：", "scoring: "),
        .progressTrades: ("已完成 {done}/{count} 个工种", "{done} of {count} trades"),
    ]
}
