/// A line made once in both languages, for text built where the reader's language is not known
/// (a lock's blockers, made inside the store's transaction): the door picks one, the audit
/// log keeps the English.
public struct Bilingual: Equatable, Hashable, Sendable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The same text rendered in each language.
    public init(_ text: (Language) -> String) {
        self.init(zh: text(.zh), en: text(.en))
    }

    public func text(in language: Language) -> String { language == .zh ? zh : en }
}
