import Hummingbird
import Officiating

/// `GET /api/v1/board` and `GET /api/v1/events`: the hall board, for anyone, and its stream.
enum BoardRoutes {
    static func register(on api: RouterGroup<ServiceContext>, _ state: ServiceState) {
        api.get("board") { _, _ in
            let store = state.store
            let board = try await Blocking.run { try HallBoard.read(store) }
            return try JSONResponse.make(BoardJSON.object(board))
        }
        api.get("events") { _, _ in
            guard let stream = state.feed.subscribe() else { throw HTTPError(.serviceUnavailable) }
            var headers = HTTPFields()
            headers[.contentType] = "text/event-stream; charset=utf-8"
            headers[.cacheControl] = "no-store"
            headers[.init("X-Accel-Buffering")!] = "no"
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody { writer in
                    for await chunk in stream {
                        try await writer.write(ByteBuffer(string: chunk))
                    }
                    try await writer.finish(nil)
                })
        }
    }
}
