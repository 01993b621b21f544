import Foundation
import Hummingbird
import HummingbirdTesting
import ScoringCore
import Service
import Testing

/// The chief judge's console beyond the lock: confirming a flag, unlocking, publishing, appeals
/// and the printed documents. Each through the CLI's use case: its refusals, its audit records.
@Suite(.serialized)
struct ConsoleActionTests {
    let fixture: ServiceFixture

    init() throws {
        // J1's practical marks for 002 are 19 below the others': flagged at max_spread 10.
        fixture = try ServiceFixture(maxSpread: Points(whole: 10))
        try fixture.importMarks([
            ("001", "theory", "T1", "80", ""), ("002", "theory", "T1", "70", ""),
            ("001", "practical", "J2", "30", "prep"), ("001", "practical", "J2", "50", "skill"),
            ("001", "practical", "J3", "31", "prep"), ("001", "practical", "J3", "51", "skill"),
            ("001", "practical", "J4", "32", "prep"), ("001", "practical", "J4", "52", "skill"),
            ("002", "practical", "J1", "5", "prep"), ("002", "practical", "J1", "40", "skill"),
            ("002", "practical", "J2", "21", "prep"), ("002", "practical", "J2", "41", "skill"),
            ("002", "practical", "J3", "22", "prep"), ("002", "practical", "J3", "42", "skill"),
        ])
    }

    private func expectRefused(
        _ response: TestResponse, _ status: HTTPResponse.Status, _ code: String, field: String? = nil,
        audited: [String] = [], since seq: Int64, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(response.status == status, sourceLocation: sourceLocation)
        let error = try apiError(response.body)
        #expect(error.code == code, sourceLocation: sourceLocation)
        #expect(error.message.isChinese, "\(error.message)", sourceLocation: sourceLocation)
        #expect(!error.message.contains("{"), "a value is missing: \(error.message)", sourceLocation: sourceLocation)
        if let field { #expect(error.field == field, sourceLocation: sourceLocation) }
        #expect(try fixture.auditKinds(after: seq) == audited, sourceLocation: sourceLocation)
    }

    private func flags(_ client: some TestClientProtocol, _ chief: Tablet) async throws -> [String] {
        let status = try object(
            try await client.execute(uri: "/api/v1/status", method: .get, headers: chief.headers()).body)
        return (status["rounds"] as? [[String: Any]] ?? []).flatMap { $0["flags"] as? [String] ?? [] }
    }

    private func lockEveryRound(_ client: some TestClientProtocol, _ chief: Tablet) async throws {
        for round in ["theory", "practical"] {
            let response = try await client.post("/api/v1/locks", chief, ["trade": "nursery", "round": round])
            #expect(response.status == .ok, "lock \(round): \(String(buffer: response.body))")
        }
    }

    @Test func theChiefConfirmsAFlagWithAReasonAsTheCLIDoes() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let chief = try await client.signIn("C1", pin: fixture.pins["C1"]!)
            let j2 = try await client.signIn("J2", pin: fixture.pins["J2"]!)
            #expect(try await flags(client, chief).count == 1)
            let flag: [String: Any] = ["number": "002", "round": "practical", "reason": "现场复核无误"]
            var seq = try fixture.store.auditSequence()
            // A judge who is not chief: refused and recorded, as `judge flags confirm --chief J2` is.
            try expectRefused(
                try await client.post("/api/v1/confirmations", j2, flag), .forbidden, "not_chief",
                audited: ["refusal.not-chief"], since: seq)
            seq = try fixture.store.auditSequence()
            try expectRefused(
                try await client.post("/api/v1/confirmations", chief, ["number": "002", "round": "practical"]),
                .unprocessableContent, "reason_required", field: "reason", since: seq)
            try expectRefused(
                try await client.post("/api/v1/confirmations", chief, flag.merging(["number": "001"]) { $1 }),
                .conflict, "not_flagged", field: "number", since: seq)
            let confirmed = try await client.post("/api/v1/confirmations", chief, flag)
            #expect(confirmed.status == .ok)
            let confirmation = try object(confirmed.body)["confirmation"] as? [String: Any]
            #expect(confirmation?["number"] as? String == "002")
            #expect(confirmation?["chief"] as? String == "C1")
            #expect(try fixture.auditKinds(after: seq) == ["flag.confirm"])
            #expect(try await flags(client, chief).isEmpty)
            seq = try fixture.store.auditSequence()
            try expectRefused(
                try await client.post("/api/v1/confirmations", chief, flag), .conflict, "already_confirmed",
                field: "number", since: seq)
        }
    }

    @Test func theConsoleOffersEachActionWhereItApplies() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let chief = try await client.signIn("C1", pin: fixture.pins["C1"]!)
            func rounds() async throws -> String {
                let headers: HTTPFields = [.cookie: chief.cookie]
                return String(
                    buffer: try await client.execute(uri: "/chief/rounds", method: .get, headers: headers).body)
            }
            var html = try await rounds()
            // The flag with its marks, in Chinese, and a form to confirm it by competitor.
            #expect(html.contains(#"data-key="confirm|practical|002""#))
            #expect(html.contains("选手 002：J1 45.00、J2 62.00、J3 64.00，分差 19.00 超过 10.00"))
            #expect(!html.contains(#"data-path="/api/v1/unlocks""#))
            #expect(html.contains("尚未发布") && html.contains("没有申诉"))
            _ = try await client.post(
                "/api/v1/confirmations", chief, ["number": "002", "round": "practical", "reason": "复核无误"])
            try await lockEveryRound(client, chief)
            #expect(try await client.post("/api/v1/publications", chief, ["trade": "nursery"]).status == .ok)
            html = try await rounds()
            #expect(!html.contains(#"data-key="confirm|"#))
            #expect(html.contains(#"data-key="unlock|nursery|theory""#))
            #expect(html.contains(#"<a href="/chief/documents/nursery/nursery-v1-awards.html""#))
            #expect(html.contains("获奖名单") && html.contains("第 1 版"))
        }
    }

    @Test func theChiefUnlocksWithAReasonAsTheCLIDoes() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let chief = try await client.signIn("C1", pin: fixture.pins["C1"]!)
            let j2 = try await client.signIn("J2", pin: fixture.pins["J2"]!)
            let theory: [String: Any] = ["trade": "nursery", "round": "theory", "reason": "复核发现漏录"]
            var seq = try fixture.store.auditSequence()
            try expectRefused(
                try await client.post("/api/v1/unlocks", chief, theory), .conflict, "not_locked", field: "round",
                since: seq)
            #expect(try await client.post("/api/v1/locks", chief, theory).status == .ok)
            seq = try fixture.store.auditSequence()
            try expectRefused(
                try await client.post("/api/v1/unlocks", j2, theory), .forbidden, "not_chief",
                audited: ["refusal.not-chief"], since: seq)
            seq = try fixture.store.auditSequence()
            try expectRefused(
                try await client.post(
                    "/api/v1/unlocks", chief, ["trade": "nursery", "round": "theory", "reason": " "]),
                .unprocessableContent, "reason_required", field: "reason", since: seq)
            try expectRefused(
                try await client.post("/api/v1/unlocks", chief, ["trade": "nursery"]), .unprocessableContent,
                "missing_field", field: "round", since: seq)
            let unlocked = try await client.post("/api/v1/unlocks", chief, theory)
            #expect(unlocked.status == .ok)
            let unlock = try object(unlocked.body)["unlock"] as? [String: Any]
            #expect(unlock?["locked_by"] as? String == "C1")
            #expect(try fixture.auditKinds(after: seq) == ["round.unlock"])
            #expect(try fixture.store.roundLocks().isEmpty)
        }
    }

    @Test func theChiefPublishesAVersionAndPrintsItsDocuments() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let chief = try await client.signIn("C1", pin: fixture.pins["C1"]!)
            let j2 = try await client.signIn("J2", pin: fixture.pins["J2"]!)
            let publish: [String: Any] = ["trade": "nursery"]
            var seq = try fixture.store.auditSequence()
            // `judge results publish` refuses a trade with a round not locked.
            try expectRefused(
                try await client.post("/api/v1/publications", chief, publish), .conflict, "rounds_not_locked",
                since: seq)
            try expectRefused(
                try await client.post("/api/v1/publications", chief, ["trade": "bakery"]), .notFound, "unknown_trade",
                field: "trade", since: seq)
            try expectRefused(
                try await client.post("/api/v1/publications", chief, [:]), .unprocessableContent, "missing_field",
                field: "trade", since: seq)
            try expectRefused(
                try await client.post("/api/v1/publications", j2, publish), .forbidden, "not_chief",
                audited: ["refusal.not-chief"], since: seq)
            #expect(
                try await client.post(
                    "/api/v1/confirmations", chief, ["number": "002", "round": "practical", "reason": "复核无误"]
                ).status == .ok)
            try await lockEveryRound(client, chief)
            seq = try fixture.store.auditSequence()
            try expectRefused(
                try await client.post("/api/v1/publications", chief, ["trade": "nursery", "notice_days": -1]),
                .unprocessableContent, "notice_too_short", field: "notice_days", since: seq)
            let published = try await client.post("/api/v1/publications", chief, publish)
            #expect(published.status == .ok, "\(String(buffer: published.body))")
            let answer = try object(published.body)
            #expect(answer["unchanged"] as? Bool == false)
            let publication = answer["publication"] as? [String: Any]
            #expect(publication?["version"] as? Int == 1)
            let files = publication?["files"] as? [[String: String]] ?? []
            let folder = URL(fileURLWithPath: fixture.path).deletingLastPathComponent()
                .appendingPathComponent("judge-published")
            // Every file the answer names was written beside the database, as `--out` would.
            #expect(!files.isEmpty)
            for file in files {
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file["name"]!).path))
            }
            #expect(try fixture.auditKinds(after: seq).contains("publication"))
            // Unchanged marks: nothing written, the same version.
            let again = try object(try await client.post("/api/v1/publications", chief, publish).body)
            #expect(again["unchanged"] as? Bool == true)
            #expect((again["publication"] as? [String: Any])?["version"] as? Int == 1)

            let notice = try #require(files.first { $0["name"] == "nursery-v1-notice.html" })
            let document = try await client.execute(uri: notice["href"]!, method: .get, headers: chief.headers())
            #expect(document.status == .ok)
            #expect(document.headers[.contentType] == "text/html; charset=utf-8")
            #expect(String(buffer: document.body).contains("<style>"))
            // This route alone allows inline style; still no script, and the API keeps the strict policy.
            let csp = document.headers[.contentSecurityPolicy] ?? ""
            #expect(csp.contains("style-src 'unsafe-inline'") && !csp.contains("script-src"))
            let status = try await client.execute(uri: "/api/v1/status", method: .get, headers: chief.headers())
            #expect(status.headers[.contentSecurityPolicy]?.contains("unsafe-inline") == false)
            let listed = try object(
                try await client.execute(
                    uri: "/api/v1/publications?trade=nursery", method: .get, headers: chief.headers()
                )
                .body)
            #expect((listed["publications"] as? [[String: Any]])?.count == 1)
            // Not the chief's, not recorded, or changed since: not served.
            #expect(
                try await client.execute(uri: notice["href"]!, method: .get, headers: j2.headers()).status == .forbidden
            )
            #expect(try await client.execute(uri: notice["href"]!, method: .get).status == .unauthorized)
            let elsewhere = try await client.execute(
                uri: "/chief/documents/nursery/..%2Fjudge.sqlite", method: .get, headers: chief.headers())
            #expect(elsewhere.status == .notFound)
            try Data("<p>改过</p>".utf8).write(to: folder.appendingPathComponent("nursery-v1-notice.html"))
            let changed = try await client.execute(uri: notice["href"]!, method: .get, headers: chief.headers())
            #expect(changed.status == .conflict)
            #expect(try apiError(changed.body).code == "not_published")
        }
    }

    @Test func appealsAreFiledListedAndResolvedAsTheCLIDoes() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let chief = try await client.signIn("C1", pin: fixture.pins["C1"]!)
            let j2 = try await client.signIn("J2", pin: fixture.pins["J2"]!)
            let appeal: [String: Any] = ["trade": "nursery", "number": "002", "reason": "实操评分有误", "by": "乙公司领队"]
            var seq = try fixture.store.auditSequence()
            try expectRefused(
                try await client.post("/api/v1/appeals", chief, appeal), .conflict, "appeals_need_publication",
                since: seq)
            #expect(
                try await client.post(
                    "/api/v1/confirmations", chief, ["number": "002", "round": "practical", "reason": "复核无误"]
                ).status == .ok)
            try await lockEveryRound(client, chief)
            #expect(try await client.post("/api/v1/publications", chief, ["trade": "nursery"]).status == .ok)
            seq = try fixture.store.auditSequence()
            try expectRefused(
                try await client.post("/api/v1/appeals", j2, appeal), .forbidden, "not_chief",
                audited: ["refusal.not-chief"], since: seq)
            seq = try fixture.store.auditSequence()
            try expectRefused(
                try await client.post("/api/v1/appeals", chief, appeal.merging(["reason": ""]) { $1 }),
                .unprocessableContent, "reason_required", field: "reason", since: seq)
            let filed = try await client.post("/api/v1/appeals", chief, appeal)
            #expect(filed.status == .ok)
            let made = try object(filed.body)["appeal"] as? [String: Any]
            #expect(made?["filed_by"] as? String == "乙公司领队")
            #expect(made?["open"] as? Bool == true)
            #expect(try fixture.auditKinds(after: seq) == ["appeal.add"])
            let id = try #require(made?["id"] as? Int)
            let listed = try object(
                try await client.execute(uri: "/api/v1/appeals?trade=nursery", method: .get, headers: chief.headers())
                    .body)
            #expect((listed["appeals"] as? [[String: Any]])?.map { $0["id"] as? Int } == [id])
            let resolution = "/api/v1/appeals/\(id)/resolution"
            seq = try fixture.store.auditSequence()
            try expectRefused(
                try await client.post(resolution, j2, ["ruling": "维持原成绩"]), .forbidden, "not_chief",
                audited: ["refusal.not-chief"], since: seq)
            seq = try fixture.store.auditSequence()
            try expectRefused(
                try await client.post(resolution, chief, ["ruling": " "]), .unprocessableContent, "ruling_required",
                field: "ruling", since: seq)
            try expectRefused(
                try await client.post("/api/v1/appeals/99/resolution", chief, ["ruling": "维持原成绩"]), .notFound,
                "unknown_appeal", since: seq)
            let resolved = try await client.post(resolution, chief, ["ruling": "维持原成绩"])
            #expect(resolved.status == .ok)
            let ruled = try object(resolved.body)["appeal"] as? [String: Any]
            #expect(ruled?["open"] as? Bool == false && ruled?["ruled_by"] as? String == "C1")
            #expect(try fixture.auditKinds(after: seq) == ["appeal.resolve"])
            seq = try fixture.store.auditSequence()
            try expectRefused(
                try await client.post(resolution, chief, ["ruling": "改判"]), .conflict, "appeal_resolved_already",
                since: seq)
        }
    }
}

/// The hand-written OpenAPI document parses and names the console's operations with their refusals.
struct OpenAPIDocumentTests {
    @Test func theDocumentIsJSONAndDescribesTheConsolesOperations() async throws {
        let fixture = try ServiceFixture()
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let document = try object(try await client.execute(uri: "/api/v1/openapi.json", method: .get).body)
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let operations: [(String, String, String)] = [
                ("/api/v1/confirmations", "post", "confirmFlag"), ("/api/v1/unlocks", "post", "unlockRound"),
                ("/api/v1/publications", "get", "listPublications"), ("/api/v1/publications", "post", "publish"),
                ("/api/v1/appeals", "get", "listAppeals"), ("/api/v1/appeals", "post", "fileAppeal"),
                ("/api/v1/appeals/{id}/resolution", "post", "resolveAppeal"), ("/api/v1/locks", "post", "lockRound"),
            ]
            for (path, method, id) in operations {
                let operation = paths[path]?[method] as? [String: Any]
                #expect(operation?["operationId"] as? String == id)
                let responses = operation?["responses"] as? [String: Any] ?? [:]
                #expect(responses["200"] != nil, "\(id)")
                for status in ["401", "403"] {
                    let error = responses[status] as? [String: String]
                    #expect(error?["$ref"] == "#/components/responses/Error", "\(id) \(status)")
                }
            }
        }
    }
}

extension TestClientProtocol {
    func post(_ uri: String, _ tablet: Tablet, _ fields: [String: Any]) async throws -> TestResponse {
        try await execute(uri: uri, method: .post, headers: tablet.headers(), body: json(fields))
    }
}
