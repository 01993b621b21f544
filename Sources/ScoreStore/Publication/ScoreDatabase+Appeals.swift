public import Foundation
import GRDB
import Messages
public import ScoringCore
public import StoreValues

extension ScoreDatabase {
    /// Records an appeal against the trade's latest version. Refused unless that version's
    /// notice period is running and the competitor is on the trade's roster.
    public func addAppeal(
        trade: TradeID, number: CompetitorNumber, reason: String, by filer: String, at now: Date
    ) throws -> Appeal {
        try writer.write { db in
            guard let latest = try Self.publications(of: trade, db).last else {
                throw Refusal(.appealsNeedPublication, ["trade": trade.rawValue])
            }
            guard latest.takesAppeals(at: now) else {
                let values = ["trade": trade.rawValue, "version": String(latest.version)]
                throw latest.finalAt != nil
                    ? Refusal(.appealsClosedFinal, values)
                    : Refusal(
                        .appealsClosedNotice,
                        values.merging(["at": LocalTime.textWithZone(latest.noticeEndsAt)]) { $1 })
            }
            let competitorTrade = try String.fetchOne(
                db, sql: "SELECT trade_id FROM competitor WHERE number = ?", arguments: [number.rawValue])
            guard competitorTrade == trade.rawValue else {
                throw Refusal(.competitorNotInTrade, ["number": number.rawValue, "trade": trade.rawValue])
            }
            guard reason.meaningfulReason != nil else {
                throw Refusal.reasonRequired
            }
            let filedAt = StoredTime.text(now)
            let appeal = try AppealRecord(
                tradeID: trade.rawValue, version: latest.version, number: number.rawValue, reason: reason,
                filedBy: filer, filedAt: filedAt
            ).inserted(db).appeal
            var changes = AuditChanges()
            let (fact, value) = PublicationFacts.appeal(
                id: appeal.id, trade: trade.rawValue, version: appeal.version, number: number.rawValue,
                reason: reason, by: filer, at: filedAt)
            changes.set(fact, to: value)
            try Self.appendAudit(
                kind: "appeal.add", actor: filer,
                summary: "appeal \(appeal.id) against \(trade) version \(appeal.version) for competitor \(number)",
                changes: changes, db)
            return appeal
        }
    }

    /// Records the chief judge's ruling on an open appeal; also after the notice period, which
    /// is how an appeal made in time is closed.
    public func resolveAppeal(id: Int64, ruling: String, by chief: JudgeID, at now: Date) throws -> Appeal {
        try writer.write { db in
            guard var appeal = try Self.appeals(of: nil, db).first(where: { $0.id == id }) else {
                throw Refusal(.unknownAppeal, ["id": String(id)])
            }
            guard appeal.isOpen else {
                throw Refusal(.appealResolvedAlready, ["id": String(id), "ruling": appeal.ruling ?? ""])
            }
            guard !ruling.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw Refusal(.rulingRequired)
            }
            let ruledAt = StoredTime.text(now)
            try db.execute(
                sql: "UPDATE appeal SET ruling = ?, ruled_by = ?, ruled_at = ? WHERE id = ?",
                arguments: [ruling, chief.rawValue, ruledAt, id])
            appeal.ruling = ruling
            appeal.ruledBy = chief
            appeal.ruledAt = storedDate(ruledAt)
            var changes = AuditChanges()
            let (fact, value) = PublicationFacts.ruling(id: id, ruling: ruling, by: chief.rawValue, at: ruledAt)
            changes.set(fact, to: value)
            try Self.appendAudit(
                kind: "appeal.resolve", actor: chief.rawValue, summary: "ruled on appeal \(id): \(ruling)",
                changes: changes,
                db)
            return appeal
        }
    }

    /// Appeals in the order they were made; of one trade when `trade` is set.
    public func appeals(of trade: TradeID? = nil) throws -> [Appeal] {
        try writer.read { db in try Self.appeals(of: trade, db) }
    }

    static func appeals(of trade: TradeID?, _ db: Database) throws -> [Appeal] {
        var request = AppealRecord.order(AppealRecord.Columns.id)
        if let trade { request = request.filter(AppealRecord.Columns.tradeID == trade.rawValue) }
        return try request.fetchAll(db).map(\.appeal)
    }
}
