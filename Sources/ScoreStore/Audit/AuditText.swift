/// Escapes the separators of the change lines, so a name with a tab or newline cannot forge a fact.
enum AuditText {
    /// A byte that `escaped` rewrites: backslash, tab, newline, carriage return.
    static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x5C || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Appends `text` escaped, byte for byte as `escaped` writes it.
    static func appendEscaped<Text: Collection<UInt8>>(_ text: Text, to bytes: inout [UInt8]) {
        guard text.contains(where: isSeparator) else {
            bytes.append(contentsOf: text)
            return
        }
        for byte in text {
            switch byte {
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            default: bytes.append(byte)
            }
        }
    }

    /// Appends `value` in decimal digits.
    static func appendDigits(_ value: UInt64, to bytes: inout [UInt8]) {
        if value >= 10 { appendDigits(value / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// Appends escaped text in its one spelling: what `escaped(unescaped(text))` gives.
    static func appendCanonical(_ text: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        guard text.contains(where: isSeparator) else {
            bytes.append(contentsOf: text)
            return
        }
        appendEscaped(unescaped(String(decoding: text, as: UTF8.self)).utf8, to: &bytes)
    }

    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: isSeparator) else { return text }
        var result = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// A value of several parts (a competitor's trade, status, name, unit) as `a / b / c`.
    static func readable(_ value: String) -> String {
        value.split(separator: "\t", omittingEmptySubsequences: false).map { unescaped(String($0)) }
            .joined(separator: " / ")
    }

    /// Byte by byte: an escape is ASCII, so it never splits a character. (`String.contains` and
    /// appending scalar by scalar were a quarter of `audit verify`, which every lock runs.)
    static func unescaped(_ text: String) -> String {
        guard text.utf8.contains(0x5C) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var escaping = false
        for byte in text.utf8 {
            if escaping {
                switch byte {
                case UInt8(ascii: "t"): result.append(0x09)
                case UInt8(ascii: "n"): result.append(0x0A)
                case UInt8(ascii: "r"): result.append(0x0D)
                default: result.append(byte)
                }
                escaping = false
            } else if byte == 0x5C {
                escaping = true
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
