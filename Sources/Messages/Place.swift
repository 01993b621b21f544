/// Where a refusal points: the door maps it to what its user sees once (the CLI prints
/// `file:line:column`, the service returns the request field).
public enum Place: Equatable, Hashable, Sendable {
    /// A row of a file being read; `column` is 1-based, `field` the column's meaning.
    case row(file: String, line: Int, column: Int?, field: Field?)
    /// A command-line option or argument, e.g. `--score`.
    case option(String)
    /// A field of a request or of a form, named as the request names it.
    case field(Field)
    /// A key of a structured file (the competition YAML), `path` as `rounds[1].criteria`:
    /// a place like a CSV row's, where a key path stands for the column's field. Line and
    /// column are 1-based, both 0 where the file has no place to point at (it cannot be read).
    case key(file: String, line: Int, column: Int, path: String)
    /// A whole file or folder, named by its path: one the tool could not write.
    case file(String)

    /// The field at fault, wherever it is.
    public var field: Field? {
        switch self {
        case .row(_, _, _, let field): field
        case .field(let field): field
        case .option, .key, .file: nil
        }
    }
}

/// What a value is, in words a person reads ("裁判" / "judge"); its `rawValue` is the CSV
/// column and the request field.
public enum Field: String, CaseIterable, Sendable {
    case number, name, unit, trade, round, judge, criterion, score, time, status, pin, reason, chief, ruling, by
    case requestID = "request_id"
    case noticeDays = "notice_days"

    public func word(in language: Language) -> String {
        switch (self, language) {
        case (.number, .zh): "参赛号"
        case (.name, .zh): "姓名"
        case (.unit, .zh): "单位"
        case (.trade, .zh): "工种"
        case (.round, .zh): "环节"
        case (.judge, .zh): "裁判"
        case (.criterion, .zh): "评分项"
        case (.score, .zh): "得分"
        case (.time, .zh): "用时"
        case (.status, .zh): "状态"
        case (.pin, .zh): "PIN"
        case (.reason, .zh): "理由"
        case (.chief, .zh): "裁判长"
        case (.requestID, .zh): "请求号"
        case (.ruling, .zh): "裁决"
        case (.by, .zh): "提出人"
        case (.noticeDays, .zh): "公示天数"
        case (_, .en): rawValue
        }
    }

    /// The noun in a sentence ("a {field} is required"): the word, in English spelled out.
    public func noun(in language: Language) -> String {
        guard language == .en else { return word(in: language) }
        switch self {
        case .number: return "competitor number"
        case .score: return "mark"
        case .chief: return "chief judge"
        case .requestID: return "request id"
        case .noticeDays: return "notice period in days"
        case .by: return "appellant"
        case .pin: return "PIN"
        default: return rawValue
        }
    }
}
