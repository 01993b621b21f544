import Foundation

/// Escaping for SpreadsheetML: XML text and attributes, without the control characters XML 1.0 forbids.
enum XMLText {
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Page header and footer text: `&` starts a code there, so a literal one is doubled.
    static func headerFooter(_ text: String) -> String {
        escape(text.replacingOccurrences(of: "&", with: "&&"))
    }
}
