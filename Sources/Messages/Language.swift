import Foundation

/// The language of what people read: Chinese unless English is asked for, since the users are
/// Chinese organizers, clerks and judges. Ids, file names and values are never translated.
public enum Language: String, CaseIterable, Sendable {
    case zh
    case en

    /// `--lang` wins; else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first one set);
    /// a locale that is not English (including none, `C` or `POSIX`) gives Chinese.
    public static func choose(option: String?, environment: [String: String]) -> Language {
        if let option, let language = Language(rawValue: option.lowercased()) { return language }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let locale = environment[key], !locale.isEmpty else { continue }
            return locale.lowercased().hasPrefix("en") ? .en : .zh
        }
        return .zh
    }

    /// The language of this process, set once by the door (the CLI's `--lang`, a request's
    /// `Accept-Language` is per request and passed explicitly instead).
    nonisolated(unsafe) public static var current: Language = choose(
        option: nil, environment: ProcessInfo.processInfo.environment)
}
