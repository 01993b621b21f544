public import Foundation

/// Why something was not done, and nothing was changed (except the audit record of an audited
/// refusal). One type for every door: the CLI prints `terminalText(in:)`, the service answers
/// with `code`, the HTTP status of the code and `message(in:)`.
public struct Refusal: Error, LocalizedError, Equatable, Sendable, CustomStringConvertible {
    public var code: RefusalCode
    public var place: Place?
    /// The values the message names, by placeholder: `{value}`, `{max}`, `{round}` …
    /// `value` is the value at fault, which a door shows beside the place. A value that is
    /// words rather than data has its Chinese under `name.zh` (`doing`, `doing.zh`).
    public var values: [String: String]
    /// The audit kind under which the refusal is recorded after the rollback (`refusal.panel`),
    /// or nil for plain bad input, which leaves the database untouched.
    public var audited: String?
    /// What the audit record says when not the English message (e.g. which lock a write ran into).
    public var auditNote: String?

    public init(
        _ code: RefusalCode, at place: Place? = nil, _ values: [String: String] = [:], audited: String? = nil,
        auditNote: String? = nil
    ) {
        self.code = code
        self.place = place
        self.values = values
        self.audited = audited
        self.auditNote = auditNote
    }

    /// The sentence for a person, without the place. `{field}` is the noun of the place's
    /// field unless given.
    public func message(in language: Language) -> String {
        var values = values
        for (name, words) in values where name.hasSuffix(".zh") {
            values[String(name.dropLast(3))] = language == .zh ? words : values[String(name.dropLast(3))]
            values[name] = nil
        }
        if values["field"] == nil, let field = place?.field { values["field"] = field.noun(in: language) }
        return Self.fill(code.template(in: language), with: values)
    }

    /// What the audit log records for an audited refusal: always English, so the log reads
    /// the same whoever ran the command.
    public var auditSummary: String { auditNote ?? message(in: .en) }

    /// As the command line prints it, place included, in this process's language.
    public var description: String { terminalText(in: .current) }
    public var errorDescription: String? { description }

    /// Replaces each `{name}` by its value, in one pass: a value is never read for names (a
    /// reason may hold braces). A `[…]` part is kept only when every name in it has a value (an
    /// optional hint); a name without a value elsewhere stays visible.
    static func fill(_ template: String, with values: [String: String]) -> String {
        var text = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            text += rest[..<open]
            let part = rest[rest.index(after: open)..<close]
            if RefusalCode.placeholders(in: String(part)).allSatisfy({ values[$0] != nil }) { text += part }
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        var filled = ""
        rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if let value = values[String(rest[rest.index(after: open)..<close])] {
                filled += rest[..<open]
                filled += value
            } else {
                filled += rest[...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return filled + rest
    }
}

extension RefusalCode {
    /// The placeholders a template names, e.g. `["max"]` for `above the maximum of {max}`.
    public static func placeholders(in template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
