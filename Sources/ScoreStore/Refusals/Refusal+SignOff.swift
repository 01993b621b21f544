public import Messages
public import ScoringCore
public import StoreValues

extension Refusal {
    /// Locking would sign off marks that are missing, flagged or unconfirmed: one line each, in
    /// both languages (the audit log keeps the English; the service and `judge lock` show the
    /// reader's).
    public static func blocked(trade: TradeID, round: RoundID, blockers: [Bilingual]) -> Refusal {
        func lines(_ language: Language) -> String {
            blockers.map { "  " + $0.text(in: language) }.joined(separator: "\n")
        }
        return Refusal(
            .blocked,
            [
                "trade": trade.rawValue, "round": round.rawValue, "count": String(blockers.count),
                "s": blockers.count == 1 ? "" : "s", "blockers": lines(.en), "blockers.zh": lines(.zh),
            ])
    }

    public static func alreadyLocked(_ lock: RoundLock) -> Refusal {
        Refusal(
            .alreadyLocked,
            [
                "trade": lock.trade.rawValue, "round": lock.round.rawValue, "chief": lock.chief.rawValue,
                "at": LocalTime.text(stored: lock.lockedAt),
            ])
    }

    public static func notLocked(trade: TradeID, round: RoundID) -> Refusal {
        Refusal(.notLocked, ["trade": trade.rawValue, "round": round.rawValue])
    }

    /// The trade's results are final: nothing of it changes any more.
    static func tradeFinal(_ trade: TradeID, version: Int, doing: FinalTradeAction) -> Refusal {
        Refusal(
            .tradeFinal, ["trade": trade.rawValue, "version": String(version), "doing": doing.en, "doing.zh": doing.zh])
    }

    /// A flag named by competitor and round (not flagged, or confirmed already).
    public static func flag(_ code: RefusalCode, number: CompetitorNumber, round: RoundID) -> Refusal {
        Refusal(code, ["number": number.rawValue, "round": round.rawValue])
    }
}
