public import ScoringCore

extension MarkProblem {
    /// The line for a missing or extra mark, as `judge status`, `judge lock`, an export and the
    /// console print it: `competitor 12, round practical, judge J1: missing`.
    public func text(in language: Language) -> String {
        var values = ["number": "\(number)", "round": "\(round)", "count": "\(count)"]
        if let judge { values["judge"] = "\(judge)" }
        if let criterion { values["criterion"] = "\(criterion)" }
        let phrase: Phrase =
            switch kind {
            case .missing where judge == nil: count == 1 ? .problemOneMoreJudge : .problemMoreJudges
            case .missing: .problemMissing
            case .extra: .problemExtra
            }
        return phrase.text(in: language, values)
    }
}
