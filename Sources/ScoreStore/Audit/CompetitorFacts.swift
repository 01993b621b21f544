import Crypto
import GRDB
import ScoringCore

/// Each competitor by number: trade, status, name and unit.
enum CompetitorFacts: AuditFactSource {
    static func fact(number: String) -> AuditFact { AuditFact("competitor", number) }

    static func value(trade: String, status: String, name: String, unit: String) -> String {
        [trade, status, name, unit].map(AuditText.escaped).joined(separator: "\t")
    }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        let rows = try Row.fetchCursor(
            db, sql: "SELECT number, trade_id, status, name, unit FROM competitor ORDER BY id")
        while let row = try rows.next() {
            try emit(
                fact(number: row[0]), value(trade: row[1], status: row[2], name: row[3], unit: row[4]))
        }
    }
}
