import GRDB
import ScoringCore

/// Each round's max_spread: a definition table of its own beside v1's round table.
enum MaxSpreadFacts: AuditFactSource {
    static func fact(round: String) -> AuditFact { AuditFact("max_spread", round) }

    static func set(_ competition: Competition, in changes: inout AuditChanges) {
        for round in competition.rounds {
            if let spread = round.maxSpread { changes.set(fact(round: round.id.rawValue), to: spread.description) }
        }
    }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT round_id, max_spread_h FROM round_max_spread ORDER BY round_id")
        while let row = try rows.next() {
            try emit(fact(round: row[0]), Points(hundredths: row[1]).description)
        }
    }
}
