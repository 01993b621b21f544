public import Foundation

/// Why a competition file was refused: where (file, line, column), which key
/// (`path`, e.g. `rounds[1].criteria`), which value, and what is wrong with it.
///
/// `line` and `column` are 1-based (columns count Unicode scalars); both are 0
/// when there is no place in the text to point at (the file cannot be read).
/// They point at the offending key's value, or at the key itself when the value
/// starts on a later line (a block list or mapping), when the key is missing
/// (then at the mapping that lacks it), or when the key itself is at fault
/// (unknown or repeated).
public struct CompetitionFileError: Error, Equatable, Sendable, LocalizedError, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    /// The key path in the file, e.g. `rounds[1].criteria`; empty when the fault
    /// is in the file as a whole (unreadable, not YAML).
    public let path: String
    /// The offending value as written (text in quotes), e.g. `"avg"`, `1e2`,
    /// `20 + 60 + 10`; `(missing)` for a missing key.
    public let value: String
    public let problem: String

    public init(file: String, line: Int, column: Int, path: String, value: String, problem: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.value = value
        self.problem = problem
    }

    /// `file:line:column: path: value — problem`; an empty path or value is left out
    /// with its separator.
    public var description: String {
        var text = "\(file):\(line):\(column): "
        if !path.isEmpty { text += "\(path): " }
        if !value.isEmpty { text += "\(value) — " }
        return text + problem
    }

    public var errorDescription: String? { description }
}
