public import Foundation

/// Every row of one input that was refused, so that one run reports them all: the first
/// `listed` in input order, and how many in all. Nothing of the input was stored.
public struct Refusals: Error, LocalizedError, Equatable, Sendable, CustomStringConvertible {
    /// How many refusals are listed; the rest are counted.
    public static let listed = 100

    public var refusals: [Refusal]
    public var total: Int
    /// Audited refusals past the listed ones, by audit kind: recorded as one count each.
    public var moreAudited: [String: Int]

    public init(_ refusals: [Refusal], total: Int? = nil, moreAudited: [String: Int] = [:]) {
        self.refusals = refusals
        self.total = max(total ?? refusals.count, refusals.count)
        self.moreAudited = moreAudited
    }

    /// One refusal prints as itself; more, after a line that counts them.
    public func terminalText(in language: Language) -> String {
        if total == 1, let only = refusals.first { return only.terminalText(in: language) }
        let file: String? =
            if case .row(let file, _, _, _)? = refusals.first?.place, !file.isEmpty { file } else { nil }
        let heading = Refusal(.rowsRefused, ["count": String(total)])
        var lines = [(file == nil ? "" : "\(file!): ") + heading.message(in: language)]
        lines += refusals.map { $0.terminalText(in: language) }
        if total > refusals.count {
            lines.append(Refusal(.moreRefused, ["count": String(total - refusals.count)]).message(in: language))
        }
        return lines.joined(separator: "\n")
    }

    public var description: String { terminalText(in: .current) }
    public var errorDescription: String? { description }
}
