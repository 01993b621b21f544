/// A line the printed documents take from `competition:` (`RefusalCode.blankLine`, `.lineBreak`).
public enum PrintedLine: String, CaseIterable, Sendable {
    case organizer, contact, signature

    public func text(in language: Language) -> String {
        language == .zh ? words.zh : words.en
    }

    /// `["what": …, "what.zh": …]`.
    public var values: [String: String] { ["what": words.en, "what.zh": words.zh] }

    private var words: (zh: String, en: String) {
        switch self {
        case .organizer: ("主办单位（organizer）", "the organizer")
        case .contact: ("联系方式（contact）", "the contact")
        case .signature: ("签名栏", "a signature line")
        }
    }
}
