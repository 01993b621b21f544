/// Escaping for the HTML this program writes: every piece of user text passes through here.
enum HTMLEscape {
    /// Text in an element or a double-quoted attribute.
    static func text(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A CSS string literal's content inside <style>: no quote, backslash, line break or
    /// `<` (which could close the style element) reaches the page unescaped.
    static func cssString(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "\"", "<", ">", "&", "\n", "\r":
                escaped += "\\" + String(scalar.value, radix: 16) + " "
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
