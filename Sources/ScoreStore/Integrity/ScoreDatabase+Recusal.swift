import GRDB
import Messages
public import ScoringCore
public import StoreValues

extension ScoreDatabase {
    /// The chief judge (authenticated by the caller) allows a judge to mark a competitor of
    /// the judge's own unit, with a reason; recorded as `recusal.allow`.
    public func allowRecusal(judge id: JudgeID, number: CompetitorNumber, reason: String, chief: JudgeID) throws
        -> RecusalAllowance
    {
        guard let reason = reason.meaningfulReason else { throw Refusal.reasonRequired }
        guard id != chief else {
            throw Refusal(.ownRecusal, ["chief": chief.rawValue])
        }
        return try writer.write { db in
            let competition = try Self.competition(db)
            guard let judge = competition.judge(id) else {
                throw Refusal.unknownJudge(id.rawValue, in: competition)
            }
            let number = number.rawValue.trimmingSpaces
            guard
                let competitor = try Row.fetchOne(
                    db, sql: "SELECT id, name, unit FROM competitor WHERE number = ?", arguments: [number])
            else { throw Refusal.unknownCompetitor(number) }
            let unit: String = competitor["unit"]
            let name: String = competitor["name"]
            let judgeUnit = judge.unit ?? ""
            guard !UnitKey.of(judgeUnit).isEmpty, UnitKey.of(unit) == UnitKey.of(judgeUnit) else {
                throw Refusal(
                    .notSameUnit,
                    [
                        "judge": judge.id.rawValue, "name": judge.name, "number": number, "competitor": name,
                        "unit": judge.unit ?? "no unit",
                        "unit.zh": judge.unit ?? "无单位",
                        "competitorUnit": unit.isEmpty ? "no unit" : unit,
                        "competitorUnit.zh": unit.isEmpty ? "无单位" : unit,
                    ])
            }
            let competitorID: Int64 = competitor["id"]
            if let earlier = try String.fetchOne(
                db, sql: "SELECT reason FROM recusal_allowance WHERE judge_id = ? AND competitor_id = ?",
                arguments: [judge.id.rawValue, competitorID])
            {
                throw Refusal(
                    .recusalAllowedAlready, ["judge": judge.id.rawValue, "number": number, "reason": earlier])
            }
            try db.execute(
                sql:
                    "INSERT INTO recusal_allowance (judge_id, competitor_id, reason, chief_id, allowed_at) VALUES (?, ?, ?, ?, judge_now())",
                arguments: [judge.id.rawValue, competitorID, reason, chief.rawValue])
            var changes = AuditChanges()
            changes.set(IntegrityFacts.recusal(judge: judge.id.rawValue, number: number), to: reason)
            try Self.appendAudit(
                kind: "recusal.allow", actor: chief.rawValue,
                summary:
                    "judge \(judge.id) \(judge.name) (\(judgeUnit)) may mark competitor \(number) \(name) (\(unit)): \(reason)",
                changes: changes, db)
            return RecusalAllowance(
                judge: judge, number: CompetitorNumber(number), competitorName: name, unit: unit, reason: reason)
        }
    }
}
