import Hummingbird
import Messages
import Officiating
import ScoringCore

/// `GET /api/v1/status` and `POST /api/v1/locks`: the chief judge's console.
enum ChiefRoutes {
    static func register(on api: RouterGroup<ServiceContext>, _ state: ServiceState) {
        api.get("status") { request, context in
            _ = try await RouteGuard.chief(request, context, for: "judge status", state)
            let store = state.store
            let rounds = try await Blocking.run { try RoundState.read(store).trades.flatMap(\.rounds) }
            return try JSONResponse.make(StatusJSON.object(rounds))
        }
        api.post("locks") { request, context in
            let action = try await ChiefAction.begin(request, context, as: "judge lock", state)
            let body = try await JSONBody.read(request, context: context)
            let trade = TradeID(try body.required(.trade).trimmingCharacters(in: .whitespaces))
            let round = RoundID(try body.required(.round).trimmingCharacters(in: .whitespaces))
            let chief = action.judge.id
            do {
                let response = try await action.answer { venue in
                    let lock = try LockRound(trade: trade, round: round, chief: chief).run(in: venue, pin: { _ in nil })
                    return [
                        "lock": [
                            "trade": lock.trade.rawValue, "round": lock.round.rawValue, "chief": lock.chief.rawValue,
                            "locked_at": lock.lockedAt,
                        ]
                    ]
                }
                // The hall sees a sign-off within a second: the board goes out now, not at the next tick.
                state.feed.markStale()
                try? await BoardTicker.publish(state.store, to: state.feed)
                return response
            } catch let error as APIError where error.refusal.code == .blocked {
                // The lines `judge lock` prints, one blocker each.
                let blockers = (error.refusal.values["blockers"] ?? "").split(separator: "\n")
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                throw APIError(error.refusal, blockers: blockers)
            }
        }
    }
}
