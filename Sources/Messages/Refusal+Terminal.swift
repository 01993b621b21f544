extension Refusal {
    /// What the command line writes before a refusal: `Error: ` in English, `错误：` in Chinese.
    public static func errorPrefix(in language: Language) -> String { language == .zh ? "错误：" : "Error: " }

    /// The refusal as the command line prints it, its place mapped to text once here:
    /// `FILE:LINE:COLUMN: "VALUE" — MESSAGE` for a row of a file, `--option "VALUE": MESSAGE`
    /// for an option, and for a field the option of the same name (`--reason`), as a command
    /// names its fields. `values["value"]` is the value at fault, shown beside its place rather
    /// than inside the sentence.
    public func terminalText(in language: Language) -> String {
        let message = message(in: language)
        let value = values["value"].map { "\"\(Self.visible($0))\"" }
        switch place {
        case let .row(file, line, column, _):
            return "\(file):\(line):\(column ?? 0): \(value ?? "\"\"") — \(message)"
        case let .option(option):
            return [option, value].compactMap(\.self).joined(separator: " ") + ": " + message
        case let .field(field):
            return ["--" + field.rawValue, value].compactMap(\.self).joined(separator: " ") + ": " + message
        case nil:
            return value.map { "\($0): \(message)" } ?? message
        }
    }

    /// Escapes control and invisible format characters (a stray BOM, CR) so the message
    /// shows what is really there; other text, Chinese included, stays as is.
    public static func visible(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\0": out += "\\0"
            default:
                switch scalar.properties.generalCategory {
                case .control, .format, .lineSeparator, .paragraphSeparator:
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                default:
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
