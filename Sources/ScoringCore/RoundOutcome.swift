/// One competitor's result in one round: the judges' marks, combined, and what is missing.
struct RoundOutcome {
    /// The round score, when the marks are complete.
    let score: Points?
    let problems: [MarkProblem]
    /// The judges whose round mark is complete, with that mark (for the divergence gate).
    let judgeMarks: [SpreadFlag.JudgeMark]

    /// `panel` is every judge who marks this round in the trade, so a missing mark can name its judge.
    init(round: Round, number: CompetitorNumber, marks: [Mark], panel: Set<JudgeID>) {
        var problems: [MarkProblem] = []
        var judgeMarks: [SpreadFlag.JudgeMark] = []
        let byJudge = Dictionary(grouping: marks, by: \.judge).sorted { $0.key < $1.key }
        for (judge, entries) in byJudge {
            if round.criteria.isEmpty {
                judgeMarks.append(.init(judge: judge, mark: entries[0].value))
                continue
            }
            // A judge's mark exists only once all of their criterion marks are in.
            let given = Set(entries.compactMap(\.criterion))
            let missing = round.criteria.filter { !given.contains($0.id) }
            if missing.isEmpty {
                judgeMarks.append(.init(judge: judge, mark: entries.reduce(.zero) { $0 + $1.value }))
            } else {
                problems += missing.map {
                    MarkProblem(kind: .missing, number: number, round: round.id, judge: judge, criterion: $0.id)
                }
            }
        }
        let partialJudges = byJudge.count - judgeMarks.count
        let stillNeeded = round.requiredMarks - judgeMarks.count - partialJudges
        let absentJudges = panel.subtracting(byJudge.map(\.key)).sorted()
        if stillNeeded > 0, absentJudges.count == stillNeeded {
            problems += absentJudges.map { MarkProblem(kind: .missing, number: number, round: round.id, judge: $0) }
        } else if stillNeeded > 0 {
            problems.append(
                MarkProblem(kind: .missing, number: number, round: round.id, judge: nil, count: stillNeeded))
        }
        if let maximum = round.maximumMarks, judgeMarks.count > maximum {
            problems.append(
                MarkProblem(
                    kind: .extra, number: number, round: round.id, judge: nil, count: judgeMarks.count - maximum))
        }
        self.problems = problems
        self.judgeMarks = judgeMarks
        self.score = problems.isEmpty ? round.aggregate.score(of: judgeMarks.map(\.mark)) : nil
    }
}
