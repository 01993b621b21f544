import Hummingbird
import Messages
import Officiating
import ScoringCore

/// `POST /api/v1/confirmations` and `POST /api/v1/unlocks`: `judge flags confirm` and
/// `judge unlock` from the console, each with its reason.
enum SignOffRoutes {
    static func register(on api: RouterGroup<ServiceContext>, _ state: ServiceState) {
        api.post("confirmations") { request, context in
            let action = try await ChiefAction.begin(request, context, as: "judge flags confirm", state)
            let body = try await JSONBody.read(request, context: context)
            let number = CompetitorNumber(try body.required(.number).trimmingCharacters(in: .whitespaces))
            let round = RoundID(try body.required(.round).trimmingCharacters(in: .whitespaces))
            let reason = try body.string(.reason) ?? ""
            let chief = action.judge.id
            let response = try await action.answer { venue in
                let flag = try ConfirmFlag(number: number, round: round, chief: chief, reason: reason)
                    .run(in: venue, pin: { _ in nil })
                return [
                    "confirmation": [
                        "number": flag.number.rawValue, "round": flag.round.rawValue, "chief": chief.rawValue,
                        "reason": reason, "flag": flag.description,
                    ]
                ]
            }
            state.feed.markStale()
            return response
        }
        api.post("unlocks") { request, context in
            let action = try await ChiefAction.begin(request, context, as: "judge unlock", state)
            let body = try await JSONBody.read(request, context: context)
            let trade = TradeID(try body.required(.trade).trimmingCharacters(in: .whitespaces))
            let round = RoundID(try body.required(.round).trimmingCharacters(in: .whitespaces))
            let reason = try body.string(.reason) ?? ""
            let chief = action.judge.id
            let response = try await action.answer { venue in
                let lock = try UnlockRound(trade: trade, round: round, chief: chief, reason: reason)
                    .run(in: venue, pin: { _ in nil })
                return [
                    "unlock": [
                        "trade": lock.trade.rawValue, "round": lock.round.rawValue, "chief": chief.rawValue,
                        "reason": reason, "locked_by": lock.chief.rawValue, "locked_at": lock.lockedAt,
                    ]
                ]
            }
            state.feed.markStale()
            return response
        }
    }
}
