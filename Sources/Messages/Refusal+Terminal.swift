extension Refusal {
    /// What the command line writes before a refusal: `Error: ` in English, `错误：` in Chinese.
    public static func errorPrefix(in language: Language) -> String { language == .zh ? "错误：" : "Error: " }

    /// The refusal as the command line prints it, its place mapped to text once here:
    /// `FILE:LINE:COLUMN: "VALUE" — MESSAGE` for a row of a file, `--option "VALUE": MESSAGE`
    /// for an option, `PATH: MESSAGE` for a whole file, and for a field the option of the same name (`--reason`), as a command
    /// names its fields; `FILE:LINE:COLUMN: KEY: VALUE — MESSAGE` for a key of the competition
    /// file, whose value is already written as the file writes it (text in quotes), and whose
    /// empty key or value is left out. `values["value"]` is the value at fault, shown beside
    /// its place rather than inside the sentence (`value.zh` in Chinese, when it is words).
    public func terminalText(in language: Language) -> String {
        let message = message(in: language)
        let shown = language == .zh ? values["value.zh"] ?? values["value"] : values["value"]
        let value = shown.map { "\"\(Self.visible($0))\"" }
        switch place {
        case let .row(file, line, column, _):
            return "\(file):\(line):\(column ?? 0): \(value ?? "\"\"") — \(message)"
        case let .key(file, line, column, path):
            var text = "\(file):\(line):\(column): "
            if !path.isEmpty { text += "\(path): " }
            if let shown, !shown.isEmpty { text += "\(Self.visible(shown)) — " }
            return text + message
        case let .file(path):
            return "\(path): \(message)"
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
