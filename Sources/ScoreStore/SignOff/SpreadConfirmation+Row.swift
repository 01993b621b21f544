import GRDB
import ScoringCore
import StoreValues

// MARK: - Database

extension SpreadConfirmation {
    init(_ row: Row) {
        self.init(
            number: CompetitorNumber(row["number"]), round: RoundID(row["round_id"]), marks: row["marks"],
            reason: row["reason"], chief: JudgeID(row["chief"]), confirmedAt: row["confirmed_at"])
    }
}
