/// A competitor whose judges' round marks differ by more than the round's `max_spread`
/// (the divergence gate): max − min of the judges' round marks, each the sum of that
/// judge's criterion marks or the judge's single mark.
public struct SpreadFlag: Equatable, Sendable, CustomStringConvertible {
    public struct JudgeMark: Equatable, Sendable {
        public var judge: JudgeID
        public var mark: Points

        public init(judge: JudgeID, mark: Points) {
            self.judge = judge
            self.mark = mark
        }
    }

    public var number: CompetitorNumber
    public var round: RoundID
    /// By judge id.
    public var judgeMarks: [JudgeMark]
    public var spread: Points
    public var maxSpread: Points
    /// Every mark behind the flag, as text: a chief judge's confirmation holds for exactly these.
    public var marksConfirmed: String

    /// The flag for these marks, or nil when they are within `round.maxSpread` (or it is unset).
    /// Only judges whose round mark is complete count; a spread needs two of them.
    public init?(round: Round, number: CompetitorNumber, judgeMarks: [JudgeMark], marks: [Mark]) {
        guard let maxSpread = round.maxSpread, judgeMarks.count >= 2 else { return nil }
        let values = judgeMarks.map(\.mark)
        let spread = Points(hundredths: values.max()!.hundredths - values.min()!.hundredths)
        guard spread > maxSpread else { return nil }
        self.number = number
        self.round = round.id
        self.judgeMarks = judgeMarks.sorted { $0.judge < $1.judge }
        self.spread = spread
        self.maxSpread = maxSpread
        self.marksConfirmed = Self.text(of: marks)
    }

    /// `J1 prep 31.00, J1 skill 50.00, J2 …`: every mark, in judge then criterion order.
    public static func text(of marks: [Mark]) -> String {
        marks.sorted {
            $0.judge != $1.judge ? $0.judge < $1.judge : ($0.criterion?.rawValue ?? "") < ($1.criterion?.rawValue ?? "")
        }.map { mark in
            [mark.judge.rawValue, mark.criterion?.rawValue, mark.value.description].compactMap { $0 }
                .joined(separator: " ")
        }.joined(separator: ", ")
    }

    /// `competitor 1, round practical: J1 81.00, J2 83.00, J3 60.00 — spread 23.00 > 15.00`
    public var description: String {
        let marks = judgeMarks.map { "\($0.judge) \($0.mark)" }.joined(separator: ", ")
        return "competitor \(number), round \(round): \(marks) — spread \(spread) > \(maxSpread)"
    }
}
