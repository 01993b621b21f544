import Foundation
public import Hummingbird
public import Logging
import Messages
import NIOCore
public import Officiating
import ServiceLifecycle

/// `judge serve`: the HTTP door over the Officiating use cases. `router` is what tests drive;
/// `run` serves it with the board's ticker until SIGINT or SIGTERM.
public struct JudgeService: Sendable {
    public let state: ServiceState
    public let logger: Logger

    public init(venue: Venue, logger: Logger = Logger(label: "judge.serve")) {
        state = ServiceState(venue: venue)
        self.logger = logger
    }

    /// The service over the database at `path`: one pool for the whole process.
    public static func open(path: String, logger: Logger) throws -> JudgeService {
        JudgeService(venue: try Venue.openForServing(path), logger: logger)
    }

    /// Folds the write-ahead log into the file once the service stopped.
    public func close() throws {
        try state.store.close()
    }

    public func router(logRequests: Bool = true) -> Router<ServiceContext> {
        let router = Router(context: ServiceContext.self)
        if logRequests { router.add(middleware: LogRequestsMiddleware(.info)) }
        router.add(middleware: SecurityHeaders())
        router.add(middleware: APIErrors())
        router.add(middleware: OriginCheck())
        router.add(middleware: SessionMiddleware(signIn: state.signIn))
        router.get("healthz") { _, _ in "ok" }
        let api = router.group("api/v1")
        api.get("openapi.json") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "application/json; charset=utf-8"
            return Response(
                status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }
        SessionRoutes.register(on: api, state)
        MarkRoutes.register(on: api, state)
        ChiefRoutes.register(on: api, state)
        BoardRoutes.register(on: api, state)
        SignOffRoutes.register(on: api, state)
        PublicationRoutes.register(on: api, state)
        AppealRoutes.register(on: api, state)
        DocumentRoutes.register(on: router, state)
        PageRoutes.register(on: router, state)
        return router
    }

    /// The board's ticker, a service of its own so tests run it beside the router.
    public var ticker: BoardTicker { BoardTicker(venue: state.store, feed: state.feed, logger: logger) }

    /// Serves until SIGINT or SIGTERM; then the streams end first, the server drains, and it returns.
    public func run(host: String, port: Int, onRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        async throws
    {
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: port), serverName: "judge", backlog: 1024),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger)
        // Shut down in reverse order: the ticker (ending every event stream) before the server.
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: app), .init(service: ticker)],
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        // The audit log verified once now, off the event loop: a lock then checks only what was
        // added since, while no other process wrote (`Venue.verifyAuditForLocks`).
        let venue = state.store
        let verifying = Task { try? await Blocking.run { try venue.verifyAuditForLocks() } }
        defer { verifying.cancel() }
        do {
            try await group.run()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw Refusal(.portInUse, at: .option("--port"), ["value": String(port)])
        } catch let error as IOError where error.errnoCode == EADDRNOTAVAIL {
            throw Refusal(.hostNotHere, at: .option("--host"), ["value": host])
        } catch is SocketAddressError.UnknownHost {
            throw Refusal(.hostNotHere, at: .option("--host"), ["value": host])
        }
        if MarkStages.enabled { FileHandle.standardError.write(Data((MarkStages.report() + "\n").utf8)) }
    }
}
