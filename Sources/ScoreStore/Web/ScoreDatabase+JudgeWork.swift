import GRDB
public import ScoringCore

/// Whom one judge may mark, read in one snapshot: the roster, the judge's own marks, who
/// takes which round, and the competitors the judge is recused from (same unit, no
/// allowance). The use case decides what to show.
public struct JudgeWork: Sendable {
    public var competition: Competition
    public var competitors: [Competitor]
    /// This judge's marks only.
    public var marks: [Mark]
    public var admissions: [TradeAdmission]
    public var recusedFrom: Set<CompetitorNumber>
}

extension ScoreDatabase {
    public func judgeWork(_ judge: JudgeID) throws -> JudgeWork {
        try writer.read { db in
            let competition = try Self.competition(db)
            let records = try CompetitorRecord.order(CompetitorRecord.Columns.id).fetchAll(db)
            let numbers = Dictionary(uniqueKeysWithValues: records.map { ($0.id, CompetitorNumber($0.number)) })
            let marks = try MarkRecord.filter(MarkRecord.Columns.judgeID == judge.rawValue).fetchAll(db)
                .compactMap { record in numbers[record.competitorID].map { record.mark(of: $0) } }
            let admissions = try competition.trades.map { try Self.admission($0.id, of: competition, db) }
            let competitors = records.map(\.competitor)
            guard let unit = competition.judge(judge).map({ UnitKey.of($0.unit) }), !unit.isEmpty else {
                return JudgeWork(
                    competition: competition, competitors: competitors, marks: marks, admissions: admissions,
                    recusedFrom: [])
            }
            let allowed = Set(
                try Int64.fetchAll(
                    db, sql: "SELECT competitor_id FROM recusal_allowance WHERE judge_id = ?",
                    arguments: [judge.rawValue]))
            let recused = records.filter { UnitKey.of($0.unit) == unit && !allowed.contains($0.id) }
                .map { CompetitorNumber($0.number) }
            return JudgeWork(
                competition: competition, competitors: competitors, marks: marks, admissions: admissions,
                recusedFrom: Set(recused))
        }
    }
}
