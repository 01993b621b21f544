import Messages
import ScoringCore

/// Whom a judge may mark at a tablet, beyond the store entry's own checks (panel, recusal, the
/// round's number of judges): not in a round the clerks enter twice, only an active competitor,
/// and only one admitted to the round. `JudgeMarkEntry` refuses by it; `JudgeSheet` lists by it.
enum TabletMarkRule {
    static func check(_ competitor: Competitor, in round: Round, admission: () throws -> TradeAdmission?) throws {
        if round.doubleEntry { throw Refusal(.doubleEntryRound, at: .field(.round)) }
        guard competitor.status == .active else { throw Refusal(.notActive, at: .field(.number)) }
        if round.qualify != nil {
            guard try admission()?.admits(competitor.number, to: round.id) == true else {
                throw Refusal(.notAdmitted, at: .field(.number))
            }
        }
    }

    static func allows(_ competitor: Competitor, in round: Round, admission: TradeAdmission?) -> Bool {
        do {
            try check(competitor, in: round) { admission }
            return true
        } catch {
            return false
        }
    }
}
