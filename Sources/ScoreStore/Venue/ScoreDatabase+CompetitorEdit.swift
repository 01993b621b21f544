import GRDB
public import ScoringCore

/// What `editCompetitor` changed.
public struct CompetitorEditResult: Sendable {
    public let before: Competitor
    public let after: Competitor
    /// `status: active → absent`, one per field changed.
    public let changes: [String]
    public let batch: Int64
}

extension ScoreDatabase {
    /// Whether `edit` needs the chief judge: a status or trade change while a round of the
    /// competitor's trade (or the new trade) is locked. Asked before the chief's PIN is.
    public func competitorEditNeedsChief(number: String, _ edit: CompetitorEdit) throws -> [RoundLock] {
        try writer.read { db in
            let (_, competitor) = try Self.competitorToEdit(number, db)
            return try Self.locksGuarding(competitor, edit, db)
        }
    }

    /// Changes a competitor's name, unit, trade or status, with a reason, in one audited
    /// record. `chief` is the authenticated chief judge, required when `competitorEditNeedsChief`
    /// says so. Refused, changing nothing: no reason, unknown number, nothing to change, a blank
    /// name, an unknown trade, a trade change with marks or times, a status or trade change of a
    /// published trade.
    public func editCompetitor(
        number: String, _ edit: CompetitorEdit, reason: String, by actor: String, chief: JudgeID?
    ) throws -> CompetitorEditResult {
        try writer.write { db in
            let reason = try Self.requireReason(reason, for: "a roster change")
            let (id, before) = try Self.competitorToEdit(number, db)
            let competition = try Self.competition(db)
            if let trade = edit.trade, competition.trade(trade) == nil {
                throw IntegrityRefusal.unknownTrade(trade.rawValue, known: competition.trades.map(\.id.rawValue))
            }
            if let name = edit.name, name.meaningfulReason == nil {
                throw VenueRefusal("--name: a name cannot be blank")
            }
            let changes = edit.differences(from: before)
            guard !changes.isEmpty else {
                throw VenueRefusal(
                    "competitor \(before.number) (\(before.name), \(before.unit), \(before.trade), \(before.status.rawValue)) already has these values; nothing to change"
                )
            }
            // After final nothing changes a trade's roster, not even a name (issue 14).
            for trade in Set([before.trade, edit.trade ?? before.trade]) {
                try Self.refuseIfFinal(trade: trade, doing: "changing a competitor", db)
            }
            try Self.refuseTradeChangeWithEntries(id, before, edit, db)
            try Self.refuseChangeOfPublishedTrade(before, edit, db)
            let locks = try Self.locksGuarding(before, edit, db)
            if chief == nil, let lock = locks.first {
                throw VenueRefusal(
                    "\(lock.description): a status or trade change in it needs the chief judge (--chief ID)")
            }
            let after = edit.applied(to: before)
            let batch = try Self.startBatch(kind: "competitor-edit", file: nil, clerk: actor, db)
            try db.execute(
                sql: "UPDATE competitor SET name = ?, unit = ?, trade_id = ?, status = ? WHERE id = ?",
                arguments: [after.name, after.unit, after.trade.rawValue, after.status.rawValue, id])
            let at = try String.fetchOne(db, sql: "SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now')") ?? ""
            let text = changes.joined(separator: "; ")
            try db.execute(
                sql: """
                    INSERT INTO competitor_change (competitor_id, batch_id, changes, reason, changed_by, chief, changed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, batch, text, reason, actor, chief?.rawValue, at])
            var audit = AuditChanges()
            audit.set(
                CompetitorFacts.fact(number: after.number.rawValue),
                to: CompetitorFacts.value(
                    trade: after.trade.rawValue, status: after.status.rawValue, name: after.name, unit: after.unit))
            let change = CompetitorChange(
                batch: batch, changes: text, reason: reason, by: actor, chief: chief?.rawValue, at: at)
            let (fact, value) = CompetitorChangeFacts.fact(number: after.number.rawValue, change)
            audit.set(fact, to: value)
            try Self.appendAudit(
                kind: "competitor.edit", actor: chief?.rawValue ?? actor,
                summary: "competitors edit \(after.number): \(text): \(reason)", changes: audit, batch: batch, db)
            return CompetitorEditResult(before: before, after: after, changes: changes, batch: batch)
        }
    }

    /// A competitor's recorded edits, oldest first.
    public func competitorChanges(number: String) throws -> [CompetitorChange] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT x.* FROM competitor_change x JOIN competitor c ON c.id = x.competitor_id
                    WHERE c.number = ? ORDER BY x.id
                    """, arguments: [number]
            ).map(CompetitorChange.init)
        }
    }

    static func competitorToEdit(_ number: String, _ db: Database) throws -> (Int64, Competitor) {
        let number = number.trimmingSpaces
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT id, number, name, unit, trade_id, status FROM competitor WHERE number = ?",
                arguments: [number])
        else {
            throw VenueRefusal("no competitor has the number \"\(number)\"; `judge competitors list` shows the roster")
        }
        return (
            row["id"],
            Competitor(
                number: CompetitorNumber(row["number"]), name: row["name"], unit: row["unit"],
                trade: TradeID(row["trade_id"]), status: Competitor.Status(rawValue: row["status"]) ?? .active)
        )
    }

    /// The locks of the trades a status or trade change touches; a name or unit change needs none.
    private static func locksGuarding(_ competitor: Competitor, _ edit: CompetitorEdit, _ db: Database) throws
        -> [RoundLock]
    {
        let trades = edit.rankingTrades(of: competitor)
        guard !trades.isEmpty else { return [] }
        return try Row.fetchAll(
            db,
            sql: """
                SELECT l.* FROM round_lock l JOIN round r ON r.id = l.round_id
                WHERE l.trade_id IN (\(trades.map { _ in "?" }.joined(separator: ", "))) ORDER BY r.position
                """,
            arguments: StatementArguments(trades.map(\.rawValue))
        ).map(RoundLock.init)
    }

    private static func refuseTradeChangeWithEntries(
        _ id: Int64, _ competitor: Competitor, _ edit: CompetitorEdit, _ db: Database
    ) throws {
        guard let trade = edit.trade, trade != competitor.trade else { return }
        let marks =
            try Int.fetchOne(db, sql: "SELECT count(*) FROM mark WHERE competitor_id = ?", arguments: [id]) ?? 0
        let entries =
            try Int.fetchOne(db, sql: "SELECT count(*) FROM double_entry WHERE competitor_id = ?", arguments: [id]) ?? 0
        let times =
            try Int.fetchOne(db, sql: "SELECT count(*) FROM time_used WHERE competitor_id = ?", arguments: [id]) ?? 0
        guard marks + entries + times > 0 else { return }
        var held: [String] = []
        if marks + entries > 0 { held.append("\(marks + entries) mark\(marks + entries == 1 ? "" : "s")") }
        if times > 0 { held.append("\(times) time\(times == 1 ? "" : "s")") }
        throw VenueRefusal(
            "--trade \(trade): competitor \(competitor.number) has \(held.joined(separator: " and ")) in trade \(competitor.trade), "
                + "so the trade cannot change; take them back first (`judge score revert --batch ID`), or register the competitor again under a new number"
        )
    }

    private static func refuseChangeOfPublishedTrade(
        _ competitor: Competitor, _ edit: CompetitorEdit, _ db: Database
    ) throws {
        let what = (edit.status.map { $0 != competitor.status } ?? false) ? "status" : "trade"
        for trade in edit.rankingTrades(of: competitor) {
            guard let published = try publications(of: trade, db).first else { continue }
            throw VenueRefusal(
                "--\(what): trade \(trade) was published (version \(published.version), \(LocalTime.textWithZone(published.publishedAt))): "
                    + "a \(what) change would change the published ranking; it is settled through an appeal (`judge appeal`) and a correction"
            )
        }
    }
}

extension CompetitorChange {
    init(_ row: Row) {
        batch = row["batch_id"]
        changes = row["changes"]
        reason = row["reason"]
        by = row["changed_by"]
        chief = row["chief"]
        at = row["changed_at"]
    }
}
