import GRDB
import ScoringCore
import StoreValues

/// Each chief judge's confirmation of flagged marks: the marks confirmed, by whom, and why.
enum SpreadConfirmationFacts: AuditFactSource {
    static func fact(_ number: CompetitorNumber, _ round: RoundID) -> AuditFact {
        AuditFact("spread_confirmation", number.rawValue, round.rawValue)
    }

    static func value(_ confirmation: SpreadConfirmation) -> String {
        [confirmation.marks, confirmation.chief.rawValue, confirmation.confirmedAt, confirmation.reason]
            .map(AuditText.escaped).joined(separator: "\t")
    }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        for confirmation in try ScoreDatabase.spreadConfirmations(db) {
            try emit(fact(confirmation.number, confirmation.round), value(confirmation))
        }
    }
}
