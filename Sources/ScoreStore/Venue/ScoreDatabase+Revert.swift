import GRDB
import Messages
import ScoringCore
public import StoreValues

extension ScoreDatabase {
    /// Takes back what one batch stored: the marks of an import or typed entry, the times of a
    /// time import, the competitors of a roster import. A value the batch replaced gets its old
    /// value back from the history; one it added is removed. One transaction, one audit record.
    ///
    /// Refused, changing nothing: an unknown batch, one reverted already, a batch of another
    /// kind (a correction, a double entry, a roster edit, a revert), any affected round locked,
    /// a value of the batch changed since by a later batch (revert that first), competitors of
    /// a roster batch who have marks, times or edits since.
    public func revertBatch(_ batch: Int64, reason: String, by actor: String) throws -> RevertResult {
        // Like any write to a locked round, the attempt is recorded once the change rolled back.
        try recordingRefusals(actor: actor) { try storeRevert(batch, reason: reason, by: actor) }
    }

    private func storeRevert(_ batch: Int64, reason: String, by actor: String) throws -> RevertResult {
        try writer.write { db in
            let reason = try Self.requireReason(reason)
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM entry_batch WHERE id = ?", arguments: [batch])
            else {
                throw Refusal(.unknownBatch, ["batch": String(batch)])
            }
            let kind: String = row["kind"]
            // `{what}` names the batch in the refusals below: `batch 7, score import marks.csv by …`.
            let what = Self.batchValues(batch, row).merging(["batch": String(batch)]) { $1 }
            let logged = Self.batchDescription(batch, row, withTime: false)
            if let done = try Row.fetchOne(db, sql: "SELECT * FROM batch_revert WHERE batch_id = ?", arguments: [batch])
            {
                throw Refusal(
                    .batchRevertedAlready,
                    what.merging([
                        "revert": String(done["revert_batch_id"] as Int64), "by": done["reverted_by"],
                        "at": LocalTime.text(stored: done["reverted_at"]),
                    ]) { $1 })
            }
            guard ["marks", "enter", "times", "roster"].contains(kind) else {
                let why = Self.notRevertable(kind)
                throw Refusal(.batchNotRevertable, what.merging(["why": why.en, "why.zh": why.zh]) { $1 })
            }
            if try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM double_entry WHERE batch_id = ?)", arguments: [batch]) == true
            {
                throw Refusal(.batchHoldsDoubleEntry, what)
            }
            // A mark a judge typed with a PIN is changed by the chief judge only, as `--replace` is
            // refused over it (issue 14): a revert may not take it out or put back what it replaced.
            if Authentication(rawValue: row["authenticated"]) == .judgePIN {
                throw Refusal(.batchHoldsJudgeMarks, what)
            }
            let revert = try Self.startBatch(kind: "revert", file: nil, clerk: actor, db)
            var result = RevertResult(batch: batch, kind: kind, file: row["file"], revertBatch: revert)
            var audit = AuditChanges()
            let named = Self.batchValues(batch, row)
            switch kind {
            case "roster": try Self.revertRoster(batch, named, &result, &audit, db)
            case "times": try Self.revertTimes(batch, revert, named, &result, &audit, db)
            default: try Self.revertMarks(batch, revert, named, &result, &audit, db)
            }
            let at = try String.fetchOne(db, sql: "SELECT judge_now_s()") ?? ""
            try db.execute(
                sql: """
                    INSERT INTO batch_revert (batch_id, revert_batch_id, reason, reverted_by, reverted_at)
                    VALUES (?, ?, ?, ?, ?)
                    """, arguments: [batch, revert, reason, actor, at])
            let (fact, value) = RevertFacts.fact(batch: batch, revert: revert, reason: reason, by: actor, at: at)
            audit.set(fact, to: value)
            try Self.appendAudit(
                kind: "batch.revert", actor: actor,
                summary:
                    "score revert --batch \(batch) (\(logged)): \(result.removed) removed, \(result.restored) restored: \(reason)",
                changes: audit, batch: revert, db)
            return result
        }
    }

    /// `batch 7, score import marks.csv by 张三 at 2026-12-01 16:00:45`; without the time for
    /// text kept in the audit log, which must not depend on the zone it was written in.
    static func batchDescription(_ batch: Int64, _ row: Row, withTime: Bool = true) -> String {
        let kind: String = row["kind"]
        let source =
            switch kind {
            case "marks": "score import \(row["file"] as String? ?? "")"
            case "enter": "a typed mark (score enter)"
            case "times": "time import \(row["file"] as String? ?? "")"
            case "roster": "roster import \(row["file"] as String? ?? "")"
            default: kind
            }
        let time = withTime ? " at \(LocalTime.text(stored: row["started_at"]))" : ""
        return "batch \(batch), \(source) by \(row["clerk"] as String)\(time)"
    }

    /// The batch as a refusal names it, `{what}`, in both languages: `批次 7（张三于 … 导入分数 marks.csv）`.
    static func batchValues(_ batch: Int64, _ row: Row) -> [String: String] {
        let file = row["file"] as String? ?? ""
        let kind: String = row["kind"]
        let source =
            switch kind {
            case "marks": "导入分数 \(file)"
            case "enter": "录入一个分数（score enter）"
            case "times": "导入用时 \(file)"
            case "roster": "导入名单 \(file)"
            case "correct": "更正分数"
            case "double-entry-resolve": "裁决双录"
            case "competitor-edit": "修改选手"
            case "revert": "撤销"
            default: kind
            }
        let zh = "批次 \(batch)（\(row["clerk"] as String) 于 \(LocalTime.text(stored: row["started_at"])) \(source)）"
        return ["what": batchDescription(batch, row), "what.zh": zh]
    }

    /// The batch in both languages, as `batchValues` names it.
    static func batchName(_ batch: Int64, _ row: Row) -> Bilingual {
        let values = batchValues(batch, row)
        return Bilingual(zh: values["what.zh"] ?? "", en: values["what"] ?? "")
    }

    private static func notRevertable(_ kind: String) -> (en: String, zh: String) {
        switch kind {
        case "correct":
            (
                "a correction is changed by another correction (`judge score correct`)",
                "更正只能由另一次更正修改（`judge score correct`）"
            )
        case "double-entry-resolve":
            (
                "the chief judge's resolution is changed by a correction (`judge score correct`)",
                "裁判长的裁决只能通过更正修改（`judge score correct`）"
            )
        case "competitor-edit":
            (
                "a roster edit is changed by another edit (`judge competitors edit`)",
                "名单修改只能由另一次修改更改（`judge competitors edit`）"
            )
        case "revert": ("a revert is not reverted: import the file again", "撤销不能再撤销：请重新导入该文件")
        default: ("only imports and typed marks are reverted", "只能撤销导入和录入的分数")
        }
    }

    /// Refuses when a locked round holds any of `keys` (trade, round).
    static func refuseLocked(_ keys: [Row], _ what: [String: String], _ db: Database) throws {
        for key in keys {
            guard let lock = try lock(TradeID(key["trade_id"]), RoundID(key["round_id"]), db) else { continue }
            var refusal = Refusal(
                .revertLocked,
                [
                    "batch": what["what"] ?? "", "batch.zh": what["what.zh"] ?? "", "trade": lock.trade.rawValue,
                    "round": lock.round.rawValue, "chief": lock.chief.rawValue,
                    "at": LocalTime.text(stored: lock.lockedAt),
                ],
                audited: "refusal.locked")
            refusal.auditNote = "score revert: \(refusal.message(in: .en))"
            throw refusal
        }
    }
}
