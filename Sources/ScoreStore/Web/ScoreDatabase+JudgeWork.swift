import GRDB
import Messages
public import ScoringCore

extension ScoreDatabase {
    public func judgeWork(_ judge: JudgeID) throws -> JudgeWork {
        try writer.read { db in
            let competition = try Self.competition(db)
            let records = try CompetitorRecord.order(CompetitorRecord.Columns.id).fetchIndexedAll(db)
            let numbers = Dictionary(uniqueKeysWithValues: records.map { ($0.id, CompetitorNumber($0.number)) })
            let own = MarkValueRecord.filter(MarkValueRecord.Columns.judgeID == judge.rawValue)
            let marks = try own.fetchIndexedAll(db).compactMap { record in
                numbers[record.competitorID].map { record.mark(of: $0) }
            }
            let admissions = try competition.trades.map { try Self.admission($0.id, of: competition, db) }
            let competitors = records.map(\.competitor)
            return JudgeWork(
                competition: competition, competitors: competitors, marks: marks, admissions: admissions,
                open: try Self.open(to: judge, competition, competitors, db))
        }
    }

    private static func open(
        to judge: JudgeID, _ competition: Competition, _ competitors: [Competitor], _ db: Database
    ) throws -> [RoundID: Set<CompetitorNumber>] {
        let validator = try EntryValidator(db, rows: EntryContext.wholeFrom)
        guard let judgeAt = validator.definitions.judgeIndex[judge.rawValue] else { return [:] }
        var open: [RoundID: Set<CompetitorNumber>] = [:]
        // A round entered twice is the clerks': no judge marks it at a tablet.
        for (roundAt, round) in competition.rounds.enumerated() where !round.doubleEntry {
            for competitor in competitors {
                // Only the judge's own panels: the gate refuses the rest, each with a message.
                if !competition.panels.isEmpty,
                    competition.panel(trade: competitor.trade, round: round.id)?.judges.contains(judge) != true
                {
                    continue
                }
                guard let entrant = try validator.entrant(competitor.number.rawValue) else { continue }
                do {
                    try validator.mayMark(entrant, round: roundAt, judge: judgeAt)
                    open[round.id, default: []].insert(competitor.number)
                } catch is Refusal {
                    continue
                }
            }
        }
        return open
    }
}
