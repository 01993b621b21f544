import Foundation
import Hummingbird
import Messages
import Officiating

/// The three pages and their assets. Each page is drawn by the server from the same use case as
/// its API (`JudgeSheet`, `RoundState`, the board's JSON), so it reads without JavaScript; the
/// scripts then work through the JSON API. Without JavaScript, the sign-in form posts here.
/// `JudgeService.router` calls `register`, as it does for the API's routes.
struct PageRoutes: Sendable {
    let store: Venue
    let feed: BoardFeed
    let signIn: WebSignIn

    static func register(on router: Router<ServiceContext>, _ state: ServiceState) {
        PageRoutes(store: state.store, feed: state.feed, signIn: state.signIn).add(to: router)
    }

    private func add(to router: Router<ServiceContext>) {
        router.get("/judge") { _, context in try await judgePage(context) }
        router.post("/judge") { request, context in try await signInForm(request, context, returnTo: "/judge") }
        router.get("/chief") { _, context in try await chiefPage(context) }
        router.post("/chief") { request, context in try await signInForm(request, context, returnTo: "/chief") }
        router.get("/chief/rounds") { _, context in try await chiefRounds(context) }
        router.get("/board") { _, _ in try await boardPage() }
        router.get("/assets/{name}") { _, context in try asset(context.parameters.require("name")) }
    }

    private func judgePage(_ context: ServiceContext) async throws -> Response {
        let store = self.store
        let page = try await Blocking.run { () throws -> JudgePage in
            let competition = try ReadCompetition().run(in: store).name
            guard let judge = context.judge, let csrf = context.csrf else {
                return JudgePage.signIn(competition: competition)
            }
            return JudgePage(
                competition: competition, judge: judge, csrf: csrf, sheet: try JudgeSheet.read(for: judge.id, in: store)
            )
        }
        return Self.html(PageTemplates.render(page, "judge"))
    }

    private func chiefPage(_ context: ServiceContext) async throws -> Response {
        let page = try await chiefView(context)
        return Self.html(
            PageTemplates.render(page, "chief"), status: page.judge == nil || page.chief != nil ? .ok : .forbidden)
    }

    private func chiefRounds(_ context: ServiceContext) async throws -> Response {
        let page = try await chiefView(context)
        guard page.chief != nil else { return Response(status: page.judge == nil ? .unauthorized : .forbidden) }
        return Self.html(PageTemplates.render(page, "chief-rounds"))
    }

    private func chiefView(_ context: ServiceContext) async throws -> ChiefPage {
        let store = self.store
        return try await Blocking.run {
            let competition = try ReadCompetition().run(in: store).name
            guard let judge = context.judge, judge.chief else {
                return ChiefPage(competition: competition, signedIn: context.judge, csrf: context.csrf)
            }
            let rounds = try RoundState.read(store).trades.flatMap(\.rounds)
            return ChiefPage(
                competition: competition, signedIn: judge, csrf: context.csrf, rounds: rounds,
                publications: try ListPublications(trade: nil).run(in: store),
                appeals: try ListAppeals(trade: nil).run(in: store))
        }
    }

    private func boardPage() async throws -> Response {
        let store = self.store
        // What the event streams last sent, or (before the first tick) what GET /api/v1/board sends.
        var json = feed.latest.map { Data($0.utf8) }
        if json == nil {
            json = try await Blocking.run { try JSONResponse.data(BoardJSON.object(try HallBoard.read(store))) }
        }
        return Self.html(PageTemplates.render(try BoardPage(json: json ?? Data()), "board"))
    }

    /// The sign-in form without JavaScript: the same PIN check, count and lockout as
    /// `POST /api/v1/session`, then back to the page, signed in.
    private func signInForm(_ request: Request, _ context: ServiceContext, returnTo path: String) async throws
        -> Response
    {
        struct Form: Decodable {
            var judge: String?
            var pin: String?
        }
        let body = try await request.body.collect(upTo: 4096)
        let form = (try? URLEncodedFormDecoder().decode(Form.self, from: String(buffer: body))) ?? Form()
        let store = self.store
        let door = self.signIn
        do {
            let signedIn = try await Blocking.run { try door.signIn(judge: form.judge, pin: form.pin) }
            feed.markStale()
            var response = Response(status: .seeOther, headers: [.location: path])
            response.setCookie(SessionCookie.set(signedIn.token, maxAge: Int(WebSignIn.lifetime)))
            return response
        } catch let refusal as Refusal {
            let message = refusal.message(in: .zh)
            let competition = try await Blocking.run { try ReadCompetition().run(in: store).name }
            let html =
                path == "/chief"
                ? PageTemplates.render(
                    ChiefPage(competition: competition, signedIn: nil, csrf: nil, signInError: message), "chief")
                : PageTemplates.render(JudgePage.signIn(competition: competition, error: message), "judge")
            return Self.html(html, status: RefusalStatus.of(refusal.code))
        }
    }

    private func asset(_ name: String) throws -> Response {
        guard let asset = PageAsset.named(name) else { throw HTTPError(.notFound) }
        return Response(
            status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "no-cache"],
            body: .init(byteBuffer: ByteBuffer(string: asset.body)))
    }

    /// Pages are never cached: a judge's sheet or a stale board must not come back from a cache.
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
