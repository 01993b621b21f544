/// Where one record lies in the file, as found by `RecordScanner`.
struct RecordSpan: Equatable, Sendable {
    /// Physical line the record starts on.
    var line: Int
    /// Byte offset of its first byte.
    var start: Int
    /// Byte offset just past its line break, or the file size for a last unterminated line.
    var end: Int
    var fieldCount: Int
    /// An entirely empty line.
    var isBlank: Bool
}
