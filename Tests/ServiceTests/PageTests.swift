import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import Service

/// The pages as the server draws them, before any script runs: what a browser without
/// JavaScript shows, and nothing the CSP would block (Tests/Browser runs them in Chromium).
@Suite(.serialized)
struct PageTests {
    let fixture: ServiceFixture

    init() throws {
        fixture = try ServiceFixture()
    }

    /// Inline script, inline style and event-handler attributes: the CSP refuses all three.
    static func inlineCode(_ html: String) -> [String] {
        let patterns = [#"<script(?![^>]*\bsrc=)[^>]*>"#, #"<style\b"#, #"\sstyle\s*="#, #"\son[a-z]+\s*="#]
        return patterns.flatMap { pattern in
            html.ranges(of: try! Regex(pattern)).map { String(html[$0]) }
        }
    }

    func page(_ client: some TestClientProtocol, _ uri: String, cookie: String? = nil) async throws -> (
        status: HTTPResponse.Status, html: String, headers: HTTPFields
    ) {
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = cookie }
        let response = try await client.execute(uri: uri, method: .get, headers: headers)
        return (response.status, String(buffer: response.body), response.headers)
    }

    @Test func theJudgesSheetIsDrawnByTheServerWithSavedMarksAndTheTotal() async throws {
        try fixture.importMarks([("002", "practical", "J2", "35", "prep")])
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let signedOut = try await page(client, "/judge")
            #expect(signedOut.status == .ok)
            #expect(signedOut.html.contains(#"<form class="signin" id="signin" method="post" action="/judge">"#))
            #expect(signedOut.headers[.contentType] == "text/html; charset=utf-8")
            let j2 = try await client.signIn("J2", pin: fixture.pins["J2"]!)
            _ = try await client.putMark(
                j2, ["number": "002", "round": "practical", "criterion": "skill", "score": "52.5", "request_id": "r1"])
            let sheet = try await page(client, "/judge", cookie: j2.cookie)
            #expect(sheet.html.contains(#"<meta name="csrf-token" content="\#(j2.csrf)">"#))
            #expect(sheet.html.contains(#"data-judge="J2""#))
            // J2's own mark, with its max; the clerk's mark of J2 too; the total of both.
            #expect(sheet.html.contains(#"data-criterion="skill" data-max="60.00" data-saved="52.50" value="52.50""#))
            #expect(sheet.html.contains(#"data-criterion="prep" data-max="40.00" data-saved="35.00" value="35.00""#))
            #expect(sheet.html.contains(#"<span class="value">87.50</span> <span class="of">/ 100.00</span>"#))
            #expect(sheet.html.contains("满分 100.00"))
            #expect(sheet.html.contains("张三") && !sheet.html.contains("王五"), "003 is absent")
            // The rule's refusals, for the script, in the catalog's words.
            #expect(sheet.html.contains(#"data-msg-too-many-places="分数最多保留 2 位小数""#))
            #expect(Self.inlineCode(sheet.html) == [])
        }
    }

    @Test func withoutJavaScriptTheFormSignsInOrSaysWhyNot() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            let wrong = try await client.execute(
                uri: "/judge", method: .post, headers: form, body: ByteBuffer(string: "judge=J1&pin=00000000"))
            #expect(wrong.status == .unauthorized)
            #expect(String(buffer: wrong.body).contains("裁判编号或 PIN 不对"))
            let right = try await client.execute(
                uri: "/judge", method: .post, headers: form,
                body: ByteBuffer(string: "judge=J1&pin=\(fixture.pins["J1"]!)"))
            #expect(right.status == .seeOther)
            #expect(right.headers[.location] == "/judge")
            let cookie = try #require(right.headers[.setCookie]?.split(separator: ";").first.map(String.init))
            #expect(right.headers[.setCookie]?.contains("SameSite=Strict") == true)
            let sheet = try await page(client, "/judge", cookie: cookie)
            #expect(sheet.html.contains(#"<span class="who" id="who">J1 王芳</span>"#))
            // A form from another site is refused before any PIN is checked.
            var forged = form
            forged[.origin] = "http://evil.example"
            let foreign = try await client.execute(
                uri: "/judge", method: .post, headers: forged,
                body: ByteBuffer(string: "judge=J1&pin=\(fixture.pins["J1"]!)"))
            #expect(foreign.status == .forbidden)
        }
    }

    @Test func theConsoleIsForTheChiefJudgeOnly() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            #expect(try await page(client, "/chief/rounds").status == .unauthorized)
            let j1 = try await client.signIn("J1", pin: fixture.pins["J1"]!)
            let refused = try await page(client, "/chief", cookie: j1.cookie)
            #expect(refused.status == .forbidden)
            #expect(refused.html.contains("J1 王芳 不是裁判长：控制台只供裁判长使用。"))
            #expect(!refused.html.contains(#"id="rounds""#))
            let c1 = try await client.signIn("C1", pin: fixture.pins["C1"]!)
            let console = try await page(client, "/chief", cookie: c1.cookie)
            #expect(console.status == .ok)
            #expect(console.html.contains(#"data-trade="nursery" data-round="practical""#))
            #expect(console.html.contains(#"<span class="count">0 / 2</span>"#))
            // Who still has to mark whom, as `judge status` lists it, in the console's Chinese.
            #expect(console.html.contains(#"<td class="missing">"#) && console.html.contains("002"))
            #expect(console.html.contains("选手 002、环节 practical"), "\(console.html)")
            #expect(console.html.contains(#"data-path="/api/v1/locks""#))
            #expect(Self.inlineCode(console.html) == [])
            let rounds = try await page(client, "/chief/rounds", cookie: c1.cookie)
            #expect(rounds.html.hasPrefix(#"<section class="trade-status" data-trade="nursery">"#))
        }
    }

    @Test func theBoardShowsCountsOnlyBeforeSignOff() async throws {
        try fixture.importMarks([
            ("002", "theory", "T1", "88", ""), ("002", "practical", "J2", "35", "prep"),
            ("002", "practical", "J2", "50", "skill"), ("002", "practical", "J3", "33", "prep"),
            ("002", "practical", "J3", "51.25", "skill"), ("002", "practical", "J4", "36", "prep"),
            ("002", "practical", "J4", "49", "skill"),
        ])
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let board = try await page(client, "/board")
            #expect(board.status == .ok)
            #expect(board.html.contains(#"<span class="count">1 / 2</span>"#))
            for score in ["88", "35", "51.25", "86"] { #expect(!board.html.contains(score), "\(score)") }
            #expect(board.html.contains("全部环节锁定后公布成绩"))
            #expect(!board.html.contains("table class=\"ranking\""))
            #expect(Self.inlineCode(board.html) == [])
        }
    }

    @Test func assetsAreServedUnderTheCSP() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            for (name, type) in [
                ("pages.css", "text/css; charset=utf-8"), ("pages.js", "text/javascript; charset=utf-8"),
                ("judge.js", "text/javascript; charset=utf-8"), ("chief.js", "text/javascript; charset=utf-8"),
                ("board.js", "text/javascript; charset=utf-8"),
            ] {
                let asset = try await page(client, "/assets/\(name)")
                #expect(asset.status == .ok, "\(name)")
                #expect(asset.headers[.contentType] == type, "\(name)")
                #expect(asset.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
                #expect(!asset.html.isEmpty)
                #expect(try await page(client, "/assets/\(name).map").status == .notFound)
            }
        }
    }
}
