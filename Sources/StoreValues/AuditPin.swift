/// `RECORD:HASH`: the audit chain's last record when a publication was made.
public struct AuditPin: Equatable, Sendable, CustomStringConvertible {
    public let record: Int64
    public let hash: String

    public init(record: Int64, hash: String) {
        self.record = record
        self.hash = hash
    }

    /// Parses `12:3fa4…` (the hash as 64 lower-case hex digits); nil when malformed.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let record = Int64(parts[0]), record > 0,
            parts[1].count == 64, parts[1].allSatisfy({ $0.isHexDigit && !$0.isUppercase })
        else { return nil }
        self.init(record: record, hash: String(parts[1]))
    }

    public var description: String { "\(record):\(hash)" }
}
