public import ScoringCore

extension SpreadFlag {
    /// `competitor 1, round practical: J1 81.00, J2 83.00, J3 60.00 — spread 23.00 > 15.00`
    public func text(in language: Language) -> String {
        let marks = judgeMarks.map { "\($0.judge) \($0.mark)" }.joined(separator: language == .zh ? "，" : ", ")
        return Phrase.spreadFlag.text(
            in: language,
            ["number": "\(number)", "round": "\(round)", "marks": marks, "spread": "\(spread)", "max": "\(maxSpread)"])
    }
}
