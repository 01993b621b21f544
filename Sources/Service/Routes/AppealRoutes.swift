import Hummingbird
import Messages
import Officiating
import ScoringCore

/// `GET` and `POST /api/v1/appeals`, `POST /api/v1/appeals/{id}/resolution`: `judge appeal list`,
/// `add` and `resolve` from the console.
enum AppealRoutes {
    static func register(on api: RouterGroup<ServiceContext>, _ state: ServiceState) {
        api.get("appeals") { request, context in
            let judge = try await RouteGuard.chief(request, context, for: "judge appeal list", state)
            let trade = request.uri.queryParameters.get("trade").map { TradeID($0) }
            let venue = state.venue(signedIn: judge.id)
            let body = try await ChiefAction.run {
                try JSONResponse.data(["appeals": try ListAppeals(trade: trade).run(in: venue).map(AppealJSON.object)])
            }
            return JSONResponse.make(data: body)
        }
        api.post("appeals") { request, context in
            let action = try await ChiefAction.begin(request, context, as: "judge appeal add", state)
            let body = try await JSONBody.read(request, context: context)
            let trade = TradeID(try body.required(.trade).trimmingCharacters(in: .whitespaces))
            let number = CompetitorNumber(try body.required(.number).trimmingCharacters(in: .whitespaces))
            let reason = try body.string(.reason) ?? ""
            // Who appealed (a team leader, a competitor); the chief who took it down when not given.
            let filer = try body.string(.by).flatMap { $0.isEmpty ? nil : $0 } ?? action.judge.id.rawValue
            return try await action.answer { venue in
                let (_, appeal) = try FileAppeal(trade: trade, number: number, reason: reason, filer: filer)
                    .run(in: venue)
                return ["appeal": AppealJSON.object(appeal)]
            }
        }
        api.post("appeals/{id}/resolution") { request, context in
            let action = try await ChiefAction.begin(request, context, as: "judge appeal resolve", state)
            let text = try context.parameters.require("id")
            guard let id = Int64(text) else { throw APIError(Refusal(.unknownAppeal, ["id": text])) }
            let body = try await JSONBody.read(request, context: context)
            let ruling = try body.string(.ruling) ?? ""
            let chief = action.judge.id
            return try await action.answer { venue in
                let (_, appeal) = try ResolveAppeal(id: id, ruling: ruling, chief: chief).run(
                    in: venue, pin: { _ in nil })
                return ["appeal": AppealJSON.object(appeal)]
            }
        }
    }
}
