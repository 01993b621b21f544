/// A database that `judge init --force` replaced: kept under another name, and named by the
/// new database's first audit record, whose chain starts from the old one's last hash.
public struct ReplacedDatabase: Sendable, CustomStringConvertible {
    /// Kept in `competition_option` under this name, so the fact is in the tables too.
    package static let option = "replaced-database"

    /// Where the old file is kept.
    public let keptAt: String
    public let lastRecord: Int64
    public let lastHash: String
    public let competition: String

    public init(keptAt: String, lastRecord: Int64, lastHash: String, competition: String) {
        self.keptAt = keptAt
        self.lastRecord = lastRecord
        self.lastHash = lastHash
        self.competition = competition
    }

    public var description: String {
        "database of \(competition) kept as \(keptAt), audit record \(lastRecord) hash \(lastHash)"
    }
}
