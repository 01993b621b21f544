import Foundation
import Hummingbird
import Messages
import Officiating
import ScoringCore

/// A chief judge's act from the console, as the CLI does it: a session and its CSRF token, then
/// the CLI's `AuthorizeChief` for the same action (a judge who is not chief is refused and
/// recorded, as at the CLI; the PIN was checked at sign-in), then the use case. Its refusal is
/// answered at the request field it is about.
struct ChiefAction: Sendable {
    let judge: Judge
    let venue: Venue

    static func begin(_ request: Request, _ context: ServiceContext, as action: String, _ state: ServiceState)
        async throws -> ChiefAction
    {
        let judge = try RouteGuard.signedIn(request, context)
        let venue = state.venue(signedIn: judge.id)
        _ = try await run { try AuthorizeChief(chief: judge.id, action: action).run(in: venue, pin: { _ in nil }) }
        return ChiefAction(judge: judge, venue: venue)
    }

    /// Runs `work` off the event loop; what it answers is the JSON body, made there too.
    func answer(_ work: @escaping @Sendable (Venue) throws -> Any) async throws -> Response {
        let venue = self.venue
        let body = try await Self.run { try JSONResponse.data(try work(venue)) }
        return JSONResponse.make(data: body)
    }

    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        do {
            return try await Blocking.run(work)
        } catch let refusal as Refusal {
            throw APIError(WebPlace.of(refusal))
        }
    }
}
