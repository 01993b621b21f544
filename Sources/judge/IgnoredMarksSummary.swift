import Messages
import Officiating
import StoreValues

/// The lines of an import's summary about marks it kept but will not score, so that a clerk
/// learns at once that a file held marks for competitors who did not advance.
enum IgnoredMarksSummary {
    /// Competitor numbers listed per group before the rest are counted.
    static let listed = 20

    static func lines(_ ignored: IgnoredMarks) -> [String] {
        guard ignored.marks > 0 else { return [] }
        var lines = [Phrase.ignoredKept.text(["count": "\(ignored.marks)"])]
        for group in ignored.groups {
            let why =
                switch group.reason {
                case .notAdmitted: Phrase.ignoredNotAdmitted.text()
                case .notActive(let status): "\(status.rawValue)"
                }
            let numbers = group.competitors.prefix(listed).map { "\($0.number) (\($0.marks))" }
            let more =
                group.competitors.count > listed
                ? Phrase.ignoredMore.text(["count": "\(group.competitors.count - listed)"]) : ""
            lines.append(
                Phrase.ignoredGroup.text([
                    "round": "\(group.round)", "marks": "\(group.marks)", "count": "\(group.competitors.count)",
                    "why": why,
                ]) + numbers.joined(separator: ", ") + more)
        }
        return lines
    }
}
