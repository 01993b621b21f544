import Foundation
import Hummingbird
import Messages
import Officiating
import ScoringCore

/// `GET` and `POST /api/v1/publications`: the versions published, and `judge results publish`
/// from the console, written to the service's publication folder.
enum PublicationRoutes {
    static func register(on api: RouterGroup<ServiceContext>, _ state: ServiceState) {
        api.get("publications") { request, context in
            let judge = try await RouteGuard.chief(request, context, for: "judge results publish", state)
            let trade = request.uri.queryParameters.get("trade").map { TradeID($0) }
            let venue = state.venue(signedIn: judge.id)
            let body = try await ChiefAction.run {
                try JSONResponse.data([
                    "publications": try ListPublications(trade: trade).run(in: venue).map(PublicationJSON.object)
                ])
            }
            return JSONResponse.make(data: body)
        }
        api.post("publications") { request, context in
            let action = try await ChiefAction.begin(request, context, as: "judge results publish", state)
            let body = try await JSONBody.read(request, context: context)
            let trade = TradeID(try body.required(.trade).trimmingCharacters(in: .whitespaces))
            // Below the minimum is the use case's refusal (notice_too_short); past ten years no date is right.
            let noticeDays = try body.integer(.noticeDays, in: -3650...3650)
            let (chief, folder) = (action.judge.id, state.publicationFolder)
            return try await action.answer { venue in
                let outcome = try PublishResults(trade: trade, chief: chief, folder: folder, noticeDays: noticeDays)
                    .run(in: venue, pin: { _ in nil })
                let version: Int
                var answer: [String: Any] = [:]
                switch outcome {
                case .unchanged(_, let unchanged, _):
                    version = unchanged
                    answer["unchanged"] = true
                case .published(let published):
                    version = published.version
                    answer["unchanged"] = false
                    answer["audit_pin"] = published.auditPin.orNull
                    answer["changes"] =
                        published.changes.map { ["cells": $0.cells, "competitors": $0.competitors] }.orNull
                }
                let record = try ListPublications(trade: trade).run(in: venue).first { $0.version == version }
                answer["publication"] = record.map(PublicationJSON.object).orNull
                return answer
            }
        }
    }
}
