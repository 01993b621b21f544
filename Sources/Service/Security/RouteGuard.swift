import HTTPTypes
import Hummingbird
import Messages
import Officiating
import ScoringCore

/// The checks before a signed-in action: a session, then (for a change) the CSRF token of
/// that session, then (for the console) the chief judge.
enum RouteGuard {
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    static func signedIn(_ request: Request, _ context: ServiceContext) throws -> Judge {
        guard let judge = context.judge, let csrf = context.csrf else { throw APIError(.notSignedIn) }
        if OriginCheck.changesState(request.method) {
            guard let sent = request.headers[csrfHeader], constantTimeEqual(sent, csrf) else {
                throw APIError(.csrf)
            }
        }
        return judge
    }

    static func chief(_ request: Request, _ context: ServiceContext, for action: String, _ state: ServiceState)
        async throws -> Judge
    {
        let judge = try signedIn(request, context)
        let store = state.store
        do {
            try await Blocking.run { try ChiefOnly.require(judge, for: action, in: store) }
        } catch let refusal as Refusal {
            throw APIError(refusal)
        }
        return judge
    }

    private static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
