/// Every refusal there is, once, with its text in both languages. The raw value is the stable
/// code the service returns (API.md); tests pin both texts of every code.
public enum RefusalCode: String, CaseIterable, Sendable {
    // A mark as typed (SCORING.md: at most 2 decimal places, 0 to the maximum).
    case missingField = "missing_field"
    case notANumber = "not_a_number"
    case tooManyPlaces = "too_many_places"
    case negative
    case tooLarge = "too_large"
    case aboveMaximum = "above_maximum"

    public func template(in language: Language) -> String {
        let text = self.text
        return language == .zh ? text.zh : text.en
    }

    private var text: (zh: String, en: String) {
        switch self {
        case .missingField: ("此处必须填写", "a value is required here")
        case .notANumber: ("不是分数：应为 86 或 86.50 这样的数", "not a mark: expected a number like 86 or 86.50")
        case .tooManyPlaces: ("分数最多保留 2 位小数", "a mark has at most 2 decimal places")
        case .negative: ("分数不能为负", "a mark cannot be negative")
        case .tooLarge: ("不是分数：数值过大", "not a mark: the number is far too large")
        case .aboveMaximum: ("超过满分 {max}", "above the maximum of {max}")
        }
    }
}
