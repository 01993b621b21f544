import GRDB
import ScoringCore

/// The rounds' `max_spread`, kept beside the v1 round table.
extension ScoreDatabase {
    static func saveMaxSpreads(of competition: Competition, _ db: Database) throws {
        for round in competition.rounds {
            guard let spread = round.maxSpread else { continue }
            try db.execute(
                sql: "INSERT INTO round_max_spread (round_id, max_spread_h) VALUES (?, ?)",
                arguments: [round.id.rawValue, spread.hundredths])
        }
    }

    /// By round id.
    static func maxSpreads(_ db: Database) throws -> [String: Points] {
        var spreads: [String: Points] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT round_id, max_spread_h FROM round_max_spread") {
            spreads[row["round_id"]] = Points(hundredths: row["max_spread_h"])
        }
        return spreads
    }
}
