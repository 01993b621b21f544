import Foundation

/// A unit (单位) as recusal compares it: NFKC (full-width letters and digits as half-width),
/// lower case, with every space and invisible character (zero-width space, soft hyphen, BOM,
/// other default-ignorable code points) removed. So "甲公司", "甲 公司" and "甲\u{200B}公司"
/// are one unit, and a judge cannot dodge recusal by how the unit is typed.
enum UnitKey {
    static func of(_ unit: String) -> String {
        var key = String.UnicodeScalarView()
        for scalar in unit.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.isWhitespace || properties.isDefaultIgnorableCodePoint
                || properties.generalCategory == .format
                || properties.generalCategory == .control
            {
                continue
            }
            key.append(scalar)
        }
        return String(key)
    }
}
