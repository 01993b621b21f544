import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import ScoreStore
import ScoringCore
import Testing

@testable import Service

/// A judge signs in, sees their sheet, marks, changes a mark; the chief locks; the board shows
/// counts only until every round of the trade is locked.
@Suite(.serialized)
struct ServiceFlowTests {
    let fixture: ServiceFixture

    init() throws {
        fixture = try ServiceFixture()
    }

    @Test func aJudgeSeesOnlyWhomTheyMayMarkAndTheirOwnMarks() async throws {
        try fixture.importMarks([("002", "practical", "J2", "35", "prep")])
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let j1 = try await client.signIn("J1", pin: fixture.pins["J1"]!)
            let sheet = try object(
                try await client.execute(uri: "/api/v1/sheet", method: .get, headers: j1.headers()).body)
            let items = sheet["items"] as? [[String: Any]] ?? []
            // J1 is on the practical panel only; 001 shares J1's unit; 003 is absent.
            #expect(items.count == 1)
            let round = items.first?["round"] as? [String: Any]
            #expect(round?["id"] as? String == "practical")
            #expect(round?["max"] as? String == "100.00")
            let numbers = (items.first?["competitors"] as? [[String: Any]])?.compactMap { $0["number"] as? String }
            #expect(numbers == ["002"])
            // J2's mark for 002 is not J1's to see.
            let marks = (items.first?["competitors"] as? [[String: Any]])?.first?["marks"] as? [Any]
            #expect(marks?.isEmpty == true)
            let session = try object(
                try await client.execute(uri: "/api/v1/session", method: .get, headers: j1.headers()).body)
            #expect((session["judge"] as? [String: Any])?["id"] as? String == "J1")
            #expect(session["csrf"] as? String == j1.csrf)
        }
    }

    @Test func aMarkIsStoredThenChangedWithItsPreviousValue() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let j2 = try await client.signIn("J2", pin: fixture.pins["J2"]!)
            let fields: [String: Any] = ["number": "002", "round": "practical", "criterion": "skill", "score": "52.5"]
            var first = fields
            first["request_id"] = "a"
            let stored = try object(try await client.putMark(j2, first).body)
            let mark = stored["mark"] as? [String: Any]
            #expect(mark?["score"] as? String == "52.50")
            #expect(mark?["judge"] as? String == "J2")
            #expect(stored["previous"] is NSNull)
            var second = fields
            second["score"] = "55"
            second["request_id"] = "b"
            let changed = try object(try await client.putMark(j2, second).body)
            #expect(changed["previous"] as? String == "52.50")
            #expect(try fixture.snapshot().contains("002 practical J2 skill 55.00"))
            // Signed out, the cookie is worth nothing.
            let out = try await client.execute(uri: "/api/v1/session", method: .delete, headers: j2.headers())
            #expect(out.status == .noContent)
            var third = fields
            third["request_id"] = "c"
            #expect(try await client.putMark(j2, third).status == .unauthorized)
        }
    }

    /// The hall sees a sign-off at once: the lock sends the board itself, no tick of the ticker
    /// (there is none running here) is needed.
    @Test(.timeLimit(.minutes(1))) func aLockSendsTheBoardToTheStreamsWithoutWaitingForATick() async throws {
        try fixture.importMarks([("001", "theory", "T1", "80", ""), ("002", "theory", "T1", "70", "")])
        let service = fixture.service()
        let app = Application(router: service.router(logRequests: false))
        try await app.test(.router) { client in
            var events = try #require(service.state.feed.subscribe()).makeAsyncIterator()
            #expect(await events.next() == "retry: 2000\n\n")
            let chief = try await client.signIn("C1", pin: fixture.pins["C1"]!)
            let lock = try await client.execute(
                uri: "/api/v1/locks", method: .post, headers: chief.headers(),
                body: json(["trade": "nursery", "round": "theory"]))
            #expect(lock.status == .ok)
            let event = try #require(await events.next())
            #expect(event.contains("\nevent: board\ndata: {"))
            #expect(event.contains("\"locked\":true"))
            service.state.feed.finishAll()
        }
    }

    @Test func theBoardShowsNoScoreBeforeEveryRoundOfTheTradeIsLocked() async throws {
        try fixture.importMarks([
            ("001", "theory", "T1", "80", ""), ("002", "theory", "T1", "70", ""),
            ("001", "practical", "J2", "30", "prep"), ("001", "practical", "J2", "50", "skill"),
            ("001", "practical", "J3", "31", "prep"), ("001", "practical", "J3", "51", "skill"),
            ("001", "practical", "J4", "32", "prep"), ("001", "practical", "J4", "52", "skill"),
            ("002", "practical", "J1", "20", "prep"), ("002", "practical", "J1", "40", "skill"),
            ("002", "practical", "J2", "21", "prep"), ("002", "practical", "J2", "41", "skill"),
            ("002", "practical", "J3", "22", "prep"), ("002", "practical", "J3", "42", "skill"),
        ])
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            func board() async throws -> (text: String, trade: [String: Any]) {
                let body = try await client.execute(uri: "/api/v1/board", method: .get).body
                return (String(buffer: body), (try object(body)["trades"] as? [[String: Any]])?.first ?? [:])
            }
            let chief = try await client.signIn("C1", pin: fixture.pins["C1"]!)
            let lockTheory = try await client.execute(
                uri: "/api/v1/locks", method: .post, headers: chief.headers(),
                body: json(["trade": "nursery", "round": "theory"]))
            #expect(lockTheory.status == .ok)
            var (text, trade) = try await board()
            #expect(trade["results"] is NSNull)
            // Not one score leaks: none of the marks' or totals' digits are in the board.
            #expect(!text.contains("80.00") && !text.contains("total") && !text.contains("张三"))
            let rounds = trade["rounds"] as? [[String: Any]] ?? []
            #expect(rounds.map { $0["entered"] as? Int } == [2, 2])
            #expect(rounds.map { $0["expected"] as? Int } == [2, 2])
            #expect(rounds.map { $0["locked"] as? Bool } == [true, false])
            let status = try object(
                try await client.execute(uri: "/api/v1/status", method: .get, headers: chief.headers()).body)
            #expect((status["rounds"] as? [Any])?.count == 2)
            let lockPractical = try await client.execute(
                uri: "/api/v1/locks", method: .post, headers: chief.headers(),
                body: json(["trade": "nursery", "round": "practical"]))
            #expect(lockPractical.status == .ok)
            (text, trade) = try await board()
            let results = trade["results"] as? [[String: Any]]
            #expect(results?.first?["rank"] as? Int == 1)
            #expect(results?.first?["number"] as? String == "001")
            #expect(results?.first?["prize"] as? String == "一等奖")
            #expect(results?.first?["title"] as? String == "工匠")
            #expect(results?.count == 2)
        }
    }

    @Test func aLockWithMarksMissingIsRefusedListingWhatBlocksIt() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let chief = try await client.signIn("C1", pin: fixture.pins["C1"]!)
            let response = try await client.execute(
                uri: "/api/v1/locks", method: .post, headers: chief.headers(),
                body: json(["trade": "nursery", "round": "theory"]))
            #expect(response.status == .conflict)
            let error = try object(response.body)["error"] as? [String: Any]
            #expect(error?["code"] as? String == "blocked")
            #expect((error?["blockers"] as? [String])?.isEmpty == false)
        }
    }

    @Test func everyAnswerCarriesTheSecurityHeadersAndTheSessionCookieIsStrict() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(String(buffer: health.body) == "ok")
            let csp = health.headers[.contentSecurityPolicy] ?? ""
            #expect(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"))
            #expect(health.headers[.xContentTypeOptions] == "nosniff")
            let response = try await client.execute(
                uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
                body: json(["judge": "J1", "pin": fixture.pins["J1"]!]))
            let cookie = response.headers[.setCookie] ?? ""
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            #expect(response.headers[.cacheControl] == "no-store")
            let missing = try await client.execute(uri: "/api/v1/nothing", method: .get)
            #expect(missing.status == .notFound)
            #expect(try apiError(missing.body).code == "not_found")
        }
    }
}

/// The live board: one read per tick, one event to every stream, changes from another process
/// noticed through the audit log.
struct BoardFeedTests {
    @Test func aStreamGetsTheBoardThenEachChangeIncludingTheCLIsFromAnotherConnection() async throws {
        let fixture = try ServiceFixture()
        let service = fixture.service()
        let ticker = service.ticker
        var seen: Int64?
        try await ticker.tick(&seen)
        let stream = try #require(service.state.feed.subscribe())
        var events = stream.makeAsyncIterator()
        #expect(await events.next() == "retry: 2000\n\n")
        let first = try #require(await events.next())
        #expect(first.hasPrefix("id: ") && first.contains("\nevent: board\ndata: {"))
        // Nothing changed: no event.
        try await ticker.tick(&seen)
        // A write through another connection, as `judge score import` in another process makes it.
        let cli = try ScoreDatabase(path: fixture.path)
        var rows = [MarkRow(line: 2, number: "001", round: "theory", judge: "T1", score: "80")].makeIterator()
        _ = try cli.importMarks(file: "m.csv", clerk: "clerk", replace: false, nextRow: { rows.next() })
        try await ticker.tick(&seen)
        let second = try #require(await events.next())
        #expect(second.contains("\"entered\":1"))
        let id = { (event: String) in Int64(event.dropFirst(4).prefix { $0 != "\n" }) ?? 0 }
        #expect(id(second) == id(first) + 1)
        service.state.feed.finishAll()
        #expect(await events.next() == nil)
        #expect(service.state.feed.subscribe() == nil)
    }
}
