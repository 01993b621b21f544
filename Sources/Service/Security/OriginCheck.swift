import HTTPTypes
import Hummingbird

/// A request that changes state and names an Origin must come from this very site: a page of
/// another site cannot make a signed-in tablet sign in, mark or lock (with SameSite=Strict and
/// the CSRF token, the third of three locks). Scripts that send no Origin pass on to the token.
struct OriginCheck: RouterMiddleware {
    typealias Context = ServiceContext

    func handle(_ request: Request, context: ServiceContext, next: (Request, ServiceContext) async throws -> Response)
        async throws -> Response
    {
        if Self.changesState(request.method), let origin = request.headers[.origin] {
            let host = request.head.authority ?? ""
            guard origin == "http://\(host)" || origin == "https://\(host)" else { throw APIError(.badOrigin) }
        }
        return try await next(request, context)
    }

    static func changesState(_ method: HTTPRequest.Method) -> Bool {
        method != .get && method != .head && method != .options
    }
}
