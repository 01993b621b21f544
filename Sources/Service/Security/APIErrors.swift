import Hummingbird
import Messages

/// The framework's own errors under /api (no such route, a body over the limit, a method not
/// allowed) answered in the API's error shape, so every error a client sees has a code.
struct APIErrors: RouterMiddleware {
    typealias Context = ServiceContext

    func handle(_ request: Request, context: ServiceContext, next: (Request, ServiceContext) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where request.uri.path.hasPrefix("/api/") {
            switch error.status {
            case .contentTooLarge: throw APIError(.bodyTooLarge)
            case .notFound, .methodNotAllowed: throw APIError(.notFound)
            case .badRequest: throw APIError(.malformedJSON)
            default: throw error
            }
        }
    }
}
