import Hummingbird
import Messages
import Officiating
import ScoringCore

/// `/api/v1/session`: sign in with judge id and PIN, see who is signed in, sign out.
enum SessionRoutes {
    static func register(on api: RouterGroup<ServiceContext>, _ state: ServiceState) {
        api.post("session") { request, context in
            let body = try await JSONBody.read(request, context: context)
            let judge = try body.string(.judge)
            let pin = try body.string(.pin)
            let signIn = state.signIn
            // PBKDF2 (~0.15 s) on the store's threads, never the event loop.
            let signedIn: SignedIn
            do {
                signedIn = try await Blocking.run { try signIn.signIn(judge: judge, pin: pin) }
            } catch let refusal as Refusal {
                throw APIError(refusal, retryAfter: refusal.values["minutes"].flatMap { Int($0) }.map { $0 * 60 })
            }
            state.feed.markStale()
            var response = try JSONResponse.make(object(signedIn.judge, csrf: signedIn.csrf))
            response.setCookie(SessionCookie.set(signedIn.token, maxAge: Int(WebSignIn.lifetime)))
            return response
        }
        api.get("session") { _, context in
            guard let judge = context.judge, let csrf = context.csrf else { throw APIError(.notSignedIn) }
            return try JSONResponse.make(object(judge, csrf: csrf))
        }
        api.delete("session") { request, context in
            _ = try RouteGuard.signedIn(request, context)
            if let token = context.sessionToken {
                let signIn = state.signIn
                try await Blocking.run { try signIn.signOut(token: token) }
            }
            var response = Response(status: .noContent)
            response.setCookie(SessionCookie.cleared())
            return response
        }
    }

    static func object(_ judge: Judge, csrf: String) -> [String: Any] {
        ["judge": ["id": judge.id.rawValue, "name": judge.name, "chief": judge.chief] as [String: Any], "csrf": csrf]
    }
}
