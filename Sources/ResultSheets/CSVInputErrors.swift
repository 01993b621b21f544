public import Foundation

/// Every refused row of one input file: one line each, `FILE:LINE:COLUMN: "VALUE" — PROBLEM`,
/// after a line that counts them. One refusal prints exactly as a `CSVInputError` does.
public struct CSVInputErrors: Error, Equatable, Sendable, LocalizedError, CustomStringConvertible {
    public let file: String
    /// The first refusals, in file order.
    public let errors: [CSVInputError]
    /// How many rows were refused in all (more than `errors.count` when the list was cut).
    public let total: Int

    public init(file: String, errors: [CSVInputError], total: Int) {
        self.file = file
        self.errors = errors
        self.total = max(total, errors.count)
    }

    public var description: String {
        if total == 1, let only = errors.first { return only.description }
        var lines = ["\(file): \(total) rows refused, nothing was stored; fix them all and import the file again:"]
        lines += errors.map(\.description)
        if total > errors.count { lines.append("… and \(total - errors.count) more") }
        return lines.joined(separator: "\n")
    }

    public var errorDescription: String? { description }
}
