public import Foundation

/// Why something was not done, and nothing was changed (except the audit record of an audited
/// refusal). One type for every door: the CLI prints `message(in:)` after its place, the service
/// answers with `code`, the HTTP status of the code and the same message.
public struct Refusal: Error, LocalizedError, Equatable, Sendable, CustomStringConvertible {
    public var code: RefusalCode
    public var place: Place?
    /// The values the message names, by placeholder: `{value}`, `{max}`, `{round}` …
    public var values: [String: String]
    /// The audit kind under which the refusal is recorded after the rollback (`refusal.panel`),
    /// or nil for plain bad input, which leaves the database untouched.
    public var audited: String?

    public init(
        _ code: RefusalCode, at place: Place? = nil, _ values: [String: String] = [:], audited: String? = nil
    ) {
        self.code = code
        self.place = place
        self.values = values
        self.audited = audited
    }

    /// The sentence for a person, without the place.
    public func message(in language: Language) -> String {
        Self.fill(code.template(in: language), with: values)
    }

    public var description: String { message(in: .current) }
    public var errorDescription: String? { description }

    /// Replaces each `{name}` by its value; a name without a value stays visible, never blank.
    static func fill(_ template: String, with values: [String: String]) -> String {
        var text = template
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
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
