import Hummingbird
import Officiating

/// Finds who the session cookie stands for, once per request; a request without one carries on
/// unsigned-in (the board needs none), and the routes that need a judge refuse it.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = ServiceContext
    let signIn: WebSignIn

    func handle(_ request: Request, context: ServiceContext, next: (Request, ServiceContext) async throws -> Response)
        async throws -> Response
    {
        var context = context
        if MarkStages.enabled, request.method == .put, request.uri.path == "/api/v1/marks" {
            context.stages = MarkStages()
            context.stages?.note(.arrived)
        }
        if let token = request.cookies[SessionCookie.name]?.value, !token.isEmpty {
            let (signIn, stages) = (self.signIn, context.stages)
            let found = try await Blocking.run {
                stages?.note(.sessionThread)
                defer { stages?.note(.sessionRead) }
                return try signIn.session(token: token)
            }
            if let session = found {
                context.judge = session.judge
                context.csrf = session.csrf
                context.sessionToken = token
            }
        }
        return try await next(request, context)
    }
}
