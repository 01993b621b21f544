import Messages

extension Refusal {
    /// A refusal of one field of an input row (a line of a file, or the one row of a typed
    /// entry, line 0): the door puts it in its place, a column of its file or an option.
    static func row(
        _ code: RefusalCode, line: Int, field: Field, value: String, _ values: [String: String] = [:],
        audited: String? = nil
    ) -> Refusal {
        var values = values
        values["value"] = value
        return Refusal(code, at: .row(file: "", line: line, column: nil, field: field), values, audited: audited)
    }

    /// The values naming one mark: `{number}`, `{round}`, `{judge}` and `{criterion}` if any.
    static func mark(number: String, round: String, judge: String, criterion: String) -> [String: String] {
        var values = ["number": number, "round": round, "judge": judge]
        if !criterion.isEmpty { values["criterion"] = criterion }
        return values
    }
}
