public import Foundation

/// How close a file is to a published one: for `results verify` to say which version an edited
/// copy came from and where it first departs from it.
public struct SheetResemblance: Equatable, Sendable {
    /// Lines (split at LF, CR dropped) the two have equal at the same position.
    public let equalLines: Int
    /// The first line that differs, 1-based; nil when the lines are all equal (then only bytes
    /// such as a BOM or the line ends differ).
    public let firstDifference: Int?
    /// That line in the published file and in the candidate ("" past the end).
    public let published: String
    public let candidate: String

    public init(published: Data, candidate: Data) {
        let left = Self.lines(published)
        let right = Self.lines(candidate)
        equalLines = zip(left, right).filter { $0 == $1 }.count
        let shared = min(left.count, right.count)
        let first = (0..<shared).first { left[$0] != right[$0] } ?? (left.count == right.count ? nil : shared)
        firstDifference = first.map { $0 + 1 }
        self.published = first.flatMap { $0 < left.count ? left[$0] : nil } ?? ""
        self.candidate = first.flatMap { $0 < right.count ? right[$0] : nil } ?? ""
    }

    /// Split on LF bytes: as Characters, CR LF is one and would never match "\n".
    private static func lines(_ data: Data) -> [String] {
        var bytes = Array(data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
