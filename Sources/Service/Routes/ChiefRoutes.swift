import Hummingbird
import Messages
import Officiating

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
            let chief = try await RouteGuard.chief(request, context, for: "judge lock", state)
            let body = try await JSONBody.read(request, context: context)
            let (trade, round) = (try body.string(.trade), try body.string(.round))
            let locks = state.locks
            do {
                let lock = try await Blocking.run { try locks.lock(trade: trade, round: round, by: chief) }
                state.feed.markStale()
                return try JSONResponse.make([
                    "lock": [
                        "trade": lock.trade.rawValue, "round": lock.round.rawValue, "chief": lock.chief.rawValue,
                        "locked_at": lock.lockedAt,
                    ]
                ])
            } catch let refusal as Refusal {
                throw APIError(refusal)
            } catch let blocked as LockBlocked {
                throw APIError(blocked.refusal, blockers: blocked.blockers)
            }
        }
    }
}
