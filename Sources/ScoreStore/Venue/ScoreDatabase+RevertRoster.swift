import GRDB
import Messages
import StoreValues

/// Reverting a roster import: its competitors go, unless anything was recorded against them.
extension ScoreDatabase {
    static func revertRoster(
        _ batch: Int64, _ what: [String: String], _ result: inout RevertResult, _ audit: inout AuditChanges,
        _ db: Database
    ) throws {
        // A trade that is locked, published or final keeps its roster, as it does for a late
        // registration or a status change.
        let closed = try Self.tradesClosedToEntries(db)
        for trade in try String.fetchAll(
            db, sql: "SELECT DISTINCT trade_id FROM competitor WHERE batch_id = ? ORDER BY trade_id", arguments: [batch]
        ) {
            if let why = closed[trade] {
                throw Refusal(.rosterRevertClosed, what.merging(why.values) { $1 }.merging(["trade": trade]) { $1 })
            }
            if let version = try Int.fetchOne(
                db, sql: "SELECT max(version) FROM publication WHERE trade_id = ?", arguments: [trade])
            {
                throw Refusal(
                    .rosterRevertPublished, what.merging(["trade": trade, "version": String(version)]) { $1 })
            }
        }
        // A competitor with anything recorded against them stays: their marks would lose their owner.
        if let held = try Row.fetchOne(
            db,
            sql: """
                SELECT c.number,
                    EXISTS (SELECT 1 FROM mark WHERE competitor_id = c.id)
                    OR EXISTS (SELECT 1 FROM mark_history WHERE competitor_id = c.id)
                    OR EXISTS (SELECT 1 FROM double_entry WHERE competitor_id = c.id) AS marks,
                    EXISTS (SELECT 1 FROM time_used WHERE competitor_id = c.id) AS times,
                    EXISTS (SELECT 1 FROM competitor_change WHERE competitor_id = c.id) AS edits,
                    EXISTS (SELECT 1 FROM recusal_allowance WHERE competitor_id = c.id)
                    OR EXISTS (SELECT 1 FROM spread_confirmation WHERE competitor_id = c.id)
                    OR EXISTS (SELECT 1 FROM appeal WHERE number = c.number) AS other
                FROM competitor c WHERE c.batch_id = ? AND (marks OR times OR edits OR other)
                ORDER BY c.id LIMIT 1
                """, arguments: [batch])
        {
            let kinds = [
                ("marks", "marks (or reverted marks, kept in the history)", "分数（或已撤销、留在历史中的分数）"),
                ("times", "times", "用时"), ("edits", "roster edits", "名单修改"),
                ("other", "allowances, confirmations or appeals", "回避准许、确认或申诉"),
            ]
            .filter { held[$0.0] as Bool }
            throw Refusal(
                .rosterRevertHeld,
                what.merging([
                    "number": held["number"], "held": kinds.map(\.1).joined(separator: " and "),
                    "held.zh": kinds.map(\.2).joined(separator: "、"),
                ]) { $1 })
        }
        let numbers = try String.fetchAll(
            db, sql: "SELECT number FROM competitor WHERE batch_id = ? ORDER BY id", arguments: [batch])
        try db.execute(sql: "DELETE FROM competitor WHERE batch_id = ?", arguments: [batch])
        for number in numbers { audit.remove(CompetitorFacts.fact(number: number)) }
        result.removed = numbers.count
    }
}
