/// One fact of the recorded state, e.g. `AuditFact("mark", number, round, judge, criterion)`.
/// Its key is the parts, escaped and joined by tabs, so that any text can be a part.
public struct AuditFact: Hashable, Sendable, CustomStringConvertible {
    public let key: String

    public init(_ kind: String, _ parts: String...) {
        self.init(parts: [kind] + parts)
    }

    init(parts: [String]) {
        key = parts.map(AuditText.escaped).joined(separator: "\t")
    }

    init(key: String) {
        self.key = key
    }

    public var parts: [String] {
        key.split(separator: "\t", omittingEmptySubsequences: false).map { AuditText.unescaped(String($0)) }
    }

    /// Readable: `mark 1023 practical J3 C2`.
    public var description: String { parts.filter { !$0.isEmpty }.joined(separator: " ") }
}
