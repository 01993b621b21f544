import GRDB
public import Messages
public import ScoringCore
public import StoreValues

extension ScoreDatabase {
    /// Why `edit` needs the chief judge (the refusal without one), or nil: asked before the
    /// chief's PIN is. Throws first what no chief can allow (a change of a published trade, a
    /// move into a closed one).
    public func competitorEditNeedsChief(number: CompetitorNumber, _ edit: CompetitorEdit) throws -> Refusal? {
        try writer.read { db in
            let (id, competitor) = try Self.competitorToEdit(number, db)
            // What no chief judge can allow is said first: a published trade, a closed one.
            try Self.refuseChangeOfPublishedTrade(competitor, edit, db)
            try Self.refuseMoveIntoClosedTrade(competitor, edit, db)
            return try Self.whyChiefIsNeeded(id, competitor, edit, db)
        }
    }

    /// Changes a competitor's name, unit, trade or status, with a reason, in one audited
    /// record. `chief` is the authenticated chief judge, required when `competitorEditNeedsChief`
    /// says so. Refused, changing nothing: no reason, unknown number, nothing to change, a blank
    /// name, an unknown trade, a trade change with marks or times, a status or trade change of a
    /// published trade.
    public func editCompetitor(
        number: CompetitorNumber, _ edit: CompetitorEdit, reason: String, by actor: String, chief: JudgeID?
    ) throws -> CompetitorEditResult {
        try writer.write { db in
            let reason = try Self.requireReason(reason)
            let (id, before) = try Self.competitorToEdit(number, db)
            let competition = try Self.competition(db)
            if let trade = edit.trade, competition.trade(trade) == nil {
                throw Refusal.unknownTrade(trade.rawValue, in: competition)
            }
            if let name = edit.name, name.meaningfulReason == nil {
                throw Refusal(.missingField, at: .field(.name), ["value": name])
            }
            let changes = edit.differences(from: before)
            guard !changes.isEmpty else {
                throw Refusal(
                    .competitorUnchanged,
                    [
                        "number": before.number.rawValue, "name": before.name, "unit": before.unit,
                        "trade": before.trade.rawValue, "status": before.status.rawValue,
                    ])
            }
            // After final nothing changes a trade's roster, not even a name (issue 14).
            for trade in Set([before.trade, edit.trade ?? before.trade]) {
                try Self.refuseIfFinal(trade: trade, doing: .changeCompetitor, db)
            }
            try Self.refuseTradeChangeWithEntries(id, before, edit, db)
            try Self.refuseChangeOfPublishedTrade(before, edit, db)
            try Self.refuseMoveIntoClosedTrade(before, edit, db)
            if chief == nil, let refusal = try Self.whyChiefIsNeeded(id, before, edit, db) {
                throw refusal
            }
            let after = edit.applied(to: before)
            let batch = try Self.startBatch(kind: "competitor-edit", file: nil, clerk: actor, db)
            try db.execute(
                sql: "UPDATE competitor SET name = ?, unit = ?, trade_id = ?, status = ? WHERE id = ?",
                arguments: [after.name, after.unit, after.trade.rawValue, after.status.rawValue, id])
            let at = try String.fetchOne(db, sql: "SELECT judge_now_s()") ?? ""
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
                batch: batch, changes: text, reason: reason, by: actor, chief: chief, at: at)
            let (fact, value) = CompetitorChangeFacts.fact(number: after.number.rawValue, change)
            audit.set(fact, to: value)
            try Self.appendAudit(
                kind: "competitor.edit", actor: chief?.rawValue ?? actor,
                summary: "competitors edit \(after.number): \(text): \(reason)", changes: audit, batch: batch, db)
            let marks =
                try Int.fetchOne(db, sql: "SELECT count(*) FROM mark WHERE competitor_id = ?", arguments: [id]) ?? 0
            return CompetitorEditResult(before: before, after: after, changes: changes, batch: batch, marks: marks)
        }
    }

    /// A competitor's recorded edits, oldest first.
    public func competitorChanges(number: CompetitorNumber) throws -> [CompetitorChange] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT x.* FROM competitor_change x JOIN competitor c ON c.id = x.competitor_id
                    WHERE c.number = ? ORDER BY x.id
                    """, arguments: [number.rawValue]
            ).map(CompetitorChange.init)
        }
    }

    static func competitorToEdit(_ number: CompetitorNumber, _ db: Database) throws -> (Int64, Competitor) {
        // 全角 digits, as a Chinese input method types them, are the number they show.
        let number = number.rawValue.compatibilityForm.trimmingSpaces
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT id, number, name, unit, trade_id, status FROM competitor WHERE number = ?",
                arguments: [number])
        else {
            throw Refusal.unknownCompetitor(number)
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
        var heldZh: [String] = []
        if marks + entries > 0 {
            held.append("\(marks + entries) mark\(marks + entries == 1 ? "" : "s")")
            heldZh.append("\(marks + entries) 个分数")
        }
        if times > 0 {
            held.append("\(times) time\(times == 1 ? "" : "s")")
            heldZh.append("\(times) 个用时")
        }
        throw Refusal(
            .tradeChangeWithEntries,
            [
                "trade": trade.rawValue, "number": competitor.number.rawValue, "from": competitor.trade.rawValue,
                "held": held.joined(separator: " and "), "held.zh": heldZh.joined(separator: "和"),
            ])
    }

    /// Late registration is closed in a trade with a locked round or a final one (`roster
    /// import` refuses it); moving a competitor into such a trade is refused the same way.
    private static func refuseMoveIntoClosedTrade(
        _ competitor: Competitor, _ edit: CompetitorEdit, _ db: Database
    ) throws {
        guard let trade = edit.trade, trade != competitor.trade else { return }
        if let why = try tradesClosedToEntries(db)[trade.rawValue] {
            throw Refusal(.moveIntoClosedTrade, why.values.merging(["trade": trade.rawValue]) { $1 })
        }
    }

    /// Why this edit needs the chief judge, if it does, as the refusal without one: a status or
    /// trade change once a round of the trade is locked, a unit change of a competitor who has marks.
    private static func whyChiefIsNeeded(
        _ id: Int64, _ competitor: Competitor, _ edit: CompetitorEdit, _ db: Database
    ) throws -> Refusal? {
        if let lock = try locksGuarding(competitor, edit, db).first {
            return Refusal(
                .statusChangeNeedsChief,
                [
                    "trade": lock.trade.rawValue, "round": lock.round.rawValue, "chief": lock.chief.rawValue,
                    "at": LocalTime.text(stored: lock.lockedAt),
                ])
        }
        if try unitChangeAffectsRecusal(id, competitor, edit, db) {
            return Refusal(.unitChangeNeedsChief, ["number": competitor.number.rawValue])
        }
        return nil
    }

    /// Recusal (回避) is decided by unit: a unit change of a competitor who has marks could
    /// take a judge's marks out of recusal (or into it), so it needs the chief judge.
    private static func unitChangeAffectsRecusal(
        _ id: Int64, _ competitor: Competitor, _ edit: CompetitorEdit, _ db: Database
    ) throws -> Bool {
        guard let unit = edit.unit, unit != competitor.unit else { return false }
        return try Bool.fetchOne(
            db,
            sql: """
                SELECT EXISTS (SELECT 1 FROM mark WHERE competitor_id = ?)
                    OR EXISTS (SELECT 1 FROM double_entry WHERE competitor_id = ?)
                """, arguments: [id, id]) ?? false
    }

    private static func refuseChangeOfPublishedTrade(
        _ competitor: Competitor, _ edit: CompetitorEdit, _ db: Database
    ) throws {
        let status = edit.status.map { $0 != competitor.status } ?? false
        for trade in edit.rankingTrades(of: competitor) {
            guard let published = try publications(of: trade, db).first else { continue }
            throw Refusal(
                .publishedTradeChange,
                [
                    "option": status ? "status" : "trade", "change.zh": status ? "状态" : "工种",
                    "change": status ? "status" : "trade", "trade": trade.rawValue,
                    "version": String(published.version), "at": LocalTime.textWithZone(published.publishedAt),
                ])
        }
    }
}
