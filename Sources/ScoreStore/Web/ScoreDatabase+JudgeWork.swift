import GRDB
public import ScoringCore

/// Whom one judge may mark, read in one snapshot: the scoring input and the competitors the
/// judge is recused from (same unit, no allowance). The use case decides what to show.
public struct JudgeWork: Sendable {
    public var input: ScoringInput
    public var admissions: [TradeAdmission]
    public var recusedFrom: Set<CompetitorNumber>
}

extension ScoreDatabase {
    public func judgeWork(_ judge: JudgeID) throws -> JudgeWork {
        let input = try scoringInput()
        let admissions = try admissions()
        let recused = try writer.read { db -> Set<CompetitorNumber> in
            guard let unit = input.competition.judge(judge).map({ UnitKey.of($0.unit) }), !unit.isEmpty else {
                return []
            }
            let allowed = Set(
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT c.number FROM recusal_allowance a JOIN competitor c ON c.id = a.competitor_id
                        WHERE a.judge_id = ?
                        """, arguments: [judge.rawValue]))
            return Set(
                input.competitors.filter { UnitKey.of($0.unit) == unit && !allowed.contains($0.number.rawValue) }
                    .map(\.number))
        }
        return JudgeWork(input: input, admissions: admissions, recusedFrom: recused)
    }
}
