import GRDB
import Messages
import ScoringCore

extension ScoreDatabase {
    /// Marks given in a recusal (回避) without the chief judge's allowance. Entry refuses them,
    /// but a unit corrected afterwards (in the competition file or by `competitors edit`) can
    /// put marks already stored into one: signing the round off must not pass over them.
    static func recusalBlockers(trade: TradeID, round: RoundID, _ db: Database) throws -> [Bilingual] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT DISTINCT c.number, c.name, c.unit, j.id AS judge, j.name AS judge_name, j.unit AS judge_unit
                FROM mark m JOIN competitor c ON c.id = m.competitor_id JOIN judge j ON j.id = m.judge_id
                WHERE c.trade_id = ? AND m.round_id = ? AND j.unit <> '' AND c.unit <> ''
                  AND NOT EXISTS (
                    SELECT 1 FROM recusal_allowance a WHERE a.judge_id = j.id AND a.competitor_id = c.id)
                ORDER BY c.id, j.position
                """, arguments: [trade.rawValue, round.rawValue])
        return rows.compactMap { row in
            let unit: String = row["unit"]
            let judgeUnit: String = row["judge_unit"]
            guard !UnitKey.of(unit).isEmpty, UnitKey.of(unit) == UnitKey.of(judgeUnit) else { return nil }
            let values = [
                "number": row["number"] as String, "name": row["name"] as String, "unit": unit,
                "judge": row["judge"] as String, "judgeName": row["judge_name"] as String, "judgeUnit": judgeUnit,
            ]
            return Bilingual { Phrase.blockerRecusal.text(in: $0, values) }
        }
    }
}
