import GRDB
import Messages
public import ScoringCore

/// Whom one judge may mark: the scoring input, and per round the competitors whose mark by this
/// judge the entry would take now. The use case adds its own rules and decides what to show.
public struct JudgeWork: Sendable {
    public var input: ScoringInput
    public var admissions: [TradeAdmission]
    /// By the entry's own checks (panel, recusal with its allowances, the round's number of
    /// judges), so that a sheet never offers a mark the entry refuses.
    public var open: [RoundID: Set<CompetitorNumber>]
}

extension ScoreDatabase {
    public func judgeWork(_ judge: JudgeID) throws -> JudgeWork {
        let input = try scoringInput()
        let admissions = try admissions()
        let competition = input.competition
        let open = try writer.read { db -> [RoundID: Set<CompetitorNumber>] in
            let validator = try EntryValidator(db, rows: EntryContext.wholeFrom)
            guard let judgeAt = validator.definitions.judgeIndex[judge.rawValue] else { return [:] }
            var open: [RoundID: Set<CompetitorNumber>] = [:]
            // A round entered twice is the clerks': no judge marks it at a tablet.
            for (roundAt, round) in competition.rounds.enumerated() where !round.doubleEntry {
                for competitor in input.competitors {
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
        return JudgeWork(input: input, admissions: admissions, open: open)
    }
}
