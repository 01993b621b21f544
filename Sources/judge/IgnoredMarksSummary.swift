import Officiating

/// The lines of an import's summary about marks it kept but will not score, so that a clerk
/// learns at once that a file held marks for competitors who did not advance.
enum IgnoredMarksSummary {
    /// Competitor numbers listed per group before the rest are counted.
    static let listed = 20

    static func lines(_ ignored: IgnoredMarks) -> [String] {
        guard ignored.marks > 0 else { return [] }
        let noun = ignored.marks == 1 ? "mark" : "marks"
        var lines = ["kept \(ignored.marks) \(noun) that will not be scored:"]
        for group in ignored.groups {
            let why =
                switch group.reason {
                case .notAdmitted: "not admitted to the round"
                case .notActive(let status): "\(status.rawValue)"
                }
            let numbers = group.competitors.prefix(listed).map { "\($0.number) (\($0.marks))" }
            let more = group.competitors.count > listed ? ", … and \(group.competitors.count - listed) more" : ""
            lines.append(
                "  round \(group.round): \(group.marks) for \(group.competitors.count) competitor\(group.competitors.count == 1 ? "" : "s") \(why): "
                    + numbers.joined(separator: ", ") + more)
        }
        return lines
    }
}
