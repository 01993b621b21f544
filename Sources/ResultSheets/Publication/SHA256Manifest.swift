import Crypto
public import Foundation

/// SHA-256 digests of published files, written as `sha256sum` writes them so that
/// `sha256sum -c FILE` checks the folder without this program.
public struct SHA256Manifest: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var file: String
        /// Lowercase hex, 64 characters.
        public var digest: String

        public init(file: String, digest: String) {
            self.file = file
            self.digest = digest
        }
    }

    public var entries: [Entry]
    /// Written last as a comment line, which `sha256sum -c` skips (GNU coreutils, --strict too).
    public var auditPin: String?

    public init(_ entries: [Entry] = []) {
        self.entries = entries
    }

    /// Adds `data` as the file named `file` (a name in the same folder as the manifest).
    public mutating func add(_ file: String, _ data: Data) {
        entries.append(Entry(file: file, digest: Self.digest(data)))
    }

    /// Lowercase hex SHA-256 of `data`.
    public static func digest(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 0x10 ? "0" + hex : hex
        }.joined()
    }

    /// One line per file, `DIGEST  NAME` (two spaces: text mode), LF line ends as sha256sum has.
    public func render() -> Data {
        let pin = auditPin.map { "# 审计链：judge audit verify --expect \($0)\n" } ?? ""
        return Data((entries.map { "\($0.digest)  \($0.file)\n" }.joined() + pin).utf8)
    }
}
