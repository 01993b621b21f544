extension Refusal {
    /// A refusal of what stands at `line`, `column` of `file` (column 0: the whole line; line 0:
    /// the file itself); `value` is what is there, as the message shows it.
    public init(
        _ code: RefusalCode, file: String, line: Int, column: Int, value: String, _ values: [String: String] = [:]
    ) {
        var values = values
        values["value"] = value
        self.init(code, at: .row(file: file, line: line, column: column, field: nil), values)
    }
}
