import Hummingbird
import Messages
import Officiating

/// `GET /api/v1/sheet` and `PUT /api/v1/marks`: a judge's own sheet and marks.
enum MarkRoutes {
    static func register(on api: RouterGroup<ServiceContext>, _ state: ServiceState) {
        api.get("sheet") { request, context in
            let judge = try RouteGuard.signedIn(request, context)
            let store = state.store
            let sheet = try await Blocking.run { try JudgeSheet.read(for: judge.id, in: store) }
            return try JSONResponse.make(SheetJSON.object(sheet))
        }
        api.put("marks") { request, context in
            let judge = try RouteGuard.signedIn(request, context)
            let body = try await JSONBody.read(request, context: context)
            let entry = JudgeMarkEntry.Request(
                number: try body.string(.number), round: try body.string(.round),
                criterion: try body.string(.criterion), score: try body.string(.score),
                requestID: try body.string(.requestID))
            let (marks, stages) = (state.marks, context.stages)
            stages?.note(.parsed)
            let mark: OwnMark
            do {
                mark = try await marks.enter(entry, by: judge, on: Blocking(), stages: stages)
            } catch let refusal as Refusal {
                state.feed.markStale()
                throw APIError(refusal)
            }
            state.feed.markStale()
            let answer = JSONResponse.make(data: MarkJSON.data(mark))
            stages?.note(.answered)
            stages?.finish()
            return answer
        }
    }
}
