/// What any text given to the program may hold (names, units, ids, reasons, the competition
/// file's values): no control characters (NUL, ESC, CR, LF, tab…), which truncate what is
/// stored or drive the terminal, no bidirectional controls (U+202E…), which show text in
/// another order than it is stored, no line separators or noncharacters (U+2028, U+FFFF…),
/// and at most `maxLength` characters.
public enum TextField {
    public static let maxLength = 200

    /// Why `text` is refused, or nil.
    public static func problem(_ text: String) -> String? {
        let utf8 = text.utf8
        // The common case, checked on bytes: plain text of a sane length.
        if utf8.count <= maxLength,
            !utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 || $0 == 0xEF })
        {
            return nil
        }
        for scalar in text.unicodeScalars {
            if let name = forbidden(scalar) {
                return "holds \(name), which is not allowed in any text; remove it (retype the text if it was pasted)"
            }
        }
        let length = text.count
        if length > maxLength {
            return "is \(length) characters long; text is at most \(maxLength) characters"
        }
        return nil
    }

    /// The name of a forbidden character, e.g. "the control character U+001B"; nil when allowed.
    public static func forbiddenCharacter(_ scalar: Unicode.Scalar) -> String? { forbidden(scalar) }

    static func forbidden(_ scalar: Unicode.Scalar) -> String? {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        let hex = "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        switch scalar.value {
        case 0x00: return "a NUL character (U+0000)"
        case 0x01...0x1F, 0x7F...0x9F: return "the control character \(hex)"
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return "the bidirectional control \(hex)"
        // A line break in disguise, or no character at all: neither is typed on purpose.
        case 0x2028, 0x2029: return "the line or paragraph separator \(hex)"
        case 0xFDD0...0xFDEF, 0xFFFE, 0xFFFF: return "the noncharacter \(hex)"
        default: return nil
        }
    }

    /// `text` with every forbidden character written `\u{1B}`, so a message never sends it to
    /// the terminal.
    public static func visible(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if forbidden(scalar) != nil {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` shortened for a message: a refused 1 MB name is not echoed whole.
    public static func shown(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(60)) + "…" : text
    }
}
