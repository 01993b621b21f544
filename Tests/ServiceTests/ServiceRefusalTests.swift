import Foundation
import Hummingbird
import HummingbirdTesting
import Messages
import ScoreStore
import ScoringCore
import Service
import Testing

/// The "bad input and attacks": each gets API.md's status and code, a Chinese message,
/// and changes nothing but the audit record where the CLI keeps one.
@Suite(.serialized)
struct ServiceRefusalTests {
    let fixture: ServiceFixture

    init() throws {
        fixture = try ServiceFixture()
    }

    private func expectRefused(
        _ response: TestResponse, _ status: HTTPResponse.Status, _ code: String, field: String? = nil,
        unchanged before: [String], audited: [String] = [], since seq: Int64,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(response.status == status, sourceLocation: sourceLocation)
        let error = try apiError(response.body)
        #expect(error.code == code, sourceLocation: sourceLocation)
        #expect(error.message.isChinese, "\(error.message)", sourceLocation: sourceLocation)
        #expect(!error.message.contains("{"), "a value is missing: \(error.message)", sourceLocation: sourceLocation)
        if let field { #expect(error.field == field, sourceLocation: sourceLocation) }
        #expect(try fixture.snapshot() == before, sourceLocation: sourceLocation)
        #expect(try fixture.auditKinds(after: seq) == audited, sourceLocation: sourceLocation)
    }

    private func mark(_ number: String = "002", criterion: String? = "prep", score: Any = "30.50", id: String? = nil)
        -> [String: Any]
    {
        var fields: [String: Any] = [
            "number": number, "round": "practical", "score": score, "request_id": id ?? UUID().uuidString,
        ]
        if let criterion { fields["criterion"] = criterion }
        return fields
    }

    @Test func aWrongPINIsRefusedAndCountsTowardTheLockoutTheCLIShares() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let before = try fixture.snapshot()
            for attempt in 1...5 {
                let seq = try fixture.store.auditSequence()
                let response = try await client.execute(
                    uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
                    body: json(["judge": "J2", "pin": "00000000"]))
                if attempt < 5 {
                    try expectRefused(
                        response, .unauthorized, "wrong_pin", unchanged: before, audited: ["refusal.pin"], since: seq)
                } else {
                    // The fifth wrong PIN starts the lockout, as it does at the CLI.
                    try expectRefused(
                        response, .tooManyRequests, "locked_out", unchanged: before, audited: ["refusal.pin"],
                        since: seq)
                    #expect(response.headers[.retryAfter] == "900")
                }
            }
            // The right PIN now waits too, at the service and at the CLI.
            let response = try await client.execute(
                uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
                body: json(["judge": "J2", "pin": fixture.pins["J2"]!]))
            #expect(response.status == .tooManyRequests)
            let atTheCLI = #expect(throws: Refusal.self) {
                try fixture.store.verifyPIN(judge: "J2", pin: fixture.pins["J2"], purpose: "score enter")
            }
            #expect(atTheCLI?.code == .lockedOut)
        }
    }

    @Test func anUnknownJudgeGetsTheAnswerOfAWrongPIN() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let seq = try fixture.store.auditSequence()
            let response = try await client.execute(
                uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
                body: json(["judge": "X9", "pin": "12345678"]))
            try expectRefused(response, .unauthorized, "wrong_pin", unchanged: try fixture.snapshot(), since: seq)
        }
    }

    @Test func requestsWithoutSessionCSRFOrFromAnotherSiteAreRefused() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let j1 = try await client.signIn("J1", pin: fixture.pins["J1"]!)
            let j2 = try await client.signIn("J2", pin: fixture.pins["J2"]!)
            let before = try fixture.snapshot()
            let seq = try fixture.store.auditSequence()
            // No session at all.
            var response = try await client.execute(
                uri: "/api/v1/marks", method: .put, headers: [.contentType: "application/json"], body: json(mark()))
            try expectRefused(response, .unauthorized, "not_signed_in", unchanged: before, since: seq)
            // No CSRF token.
            var headers = j2.headers()
            headers[.init("X-CSRF-Token")!] = nil
            response = try await client.putMark(j2, mark(), headers: headers)
            try expectRefused(response, .forbidden, "csrf", unchanged: before, since: seq)
            // Another judge's session cookie with this page's token.
            response = try await client.putMark(j2, mark(), headers: j2.headers(csrf: j1.csrf))
            try expectRefused(response, .forbidden, "csrf", unchanged: before, since: seq)
            // A forged Origin, even with the right cookie and token.
            response = try await client.putMark(j2, mark(), headers: j2.headers(origin: "http://evil.example"))
            try expectRefused(response, .forbidden, "bad_origin", unchanged: before, since: seq)
            // A sign-in from another site's page.
            response = try await client.execute(
                uri: "/api/v1/session", method: .post,
                headers: [.contentType: "application/json", .origin: "http://evil.example"],
                body: json(["judge": "J2", "pin": fixture.pins["J2"]!]))
            try expectRefused(response, .forbidden, "bad_origin", unchanged: before, since: seq)
        }
    }

    @Test func marksOutsideThePanelOrRecusedAreRefusedAndRecordedAsTheCLIRecordsThem() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let t1 = try await client.signIn("T1", pin: fixture.pins["T1"]!)
            let j1 = try await client.signIn("J1", pin: fixture.pins["J1"]!)
            let before = try fixture.snapshot()
            var seq = try fixture.store.auditSequence()
            var response = try await client.putMark(t1, mark())
            try expectRefused(
                response, .forbidden, "not_in_panel", unchanged: before, audited: ["refusal.panel"], since: seq)
            seq = try fixture.store.auditSequence()
            response = try await client.putMark(j1, mark("001"))
            try expectRefused(
                response, .forbidden, "recused", unchanged: before, audited: ["refusal.recusal"], since: seq)
            seq = try fixture.store.auditSequence()
            response = try await client.putMark(j1, mark("003"))
            try expectRefused(response, .forbidden, "not_active", unchanged: before, since: seq)
            response = try await client.putMark(j1, mark("999"))
            try expectRefused(response, .notFound, "unknown_competitor", field: "number", unchanged: before, since: seq)
            response = try await client.putMark(j1, mark(criterion: "speed"))
            try expectRefused(
                response, .notFound, "unknown_criterion", field: "criterion", unchanged: before, since: seq)
        }
    }

    /// `asNumber`: sent as a JSON number (86.5), not a string.
    @Test(
        arguments: [
            ("86.5", true, "not_a_number"), ("30.505", false, "too_many_places"), ("-1", false, "negative"),
            ("40.01", false, "above_maximum"), ("八十", false, "not_a_number"), ("", false, "missing_field"),
        ])
    func badScoresAreRefusedWithNothingStored(score: String, asNumber: Bool, code: String) async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let j2 = try await client.signIn("J2", pin: fixture.pins["J2"]!)
            let before = try fixture.snapshot()
            let seq = try fixture.store.auditSequence()
            let sent: Any = asNumber ? NSNumber(value: Double(score)!) : score
            let response = try await client.putMark(j2, mark(score: sent))
            try expectRefused(response, .unprocessableContent, code, field: "score", unchanged: before, since: seq)
        }
    }

    @Test func malformedAndHugeBodiesAreRefused() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let j2 = try await client.signIn("J2", pin: fixture.pins["J2"]!)
            let before = try fixture.snapshot()
            let seq = try fixture.store.auditSequence()
            var response = try await client.execute(
                uri: "/api/v1/marks", method: .put, headers: j2.headers(), body: ByteBuffer(string: "{\"number\": "))
            try expectRefused(response, .badRequest, "malformed_json", unchanged: before, since: seq)
            let huge = "{\"number\": \"" + String(repeating: "9", count: 10 * 1024 * 1024) + "\"}"
            response = try await client.execute(
                uri: "/api/v1/marks", method: .put, headers: j2.headers(), body: ByteBuffer(string: huge))
            try expectRefused(response, .contentTooLarge, "body_too_large", unchanged: before, since: seq)
        }
    }

    @Test func aRequestIDAnswersTheSameTwiceAndRefusesAnotherScore() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let j2 = try await client.signIn("J2", pin: fixture.pins["J2"]!)
            let id = UUID().uuidString
            let first = try await client.putMark(j2, mark(score: "30.50", id: id))
            #expect(first.status == .ok)
            let stored = try fixture.snapshot()
            let seq = try fixture.store.auditSequence()
            let again = try await client.putMark(j2, mark(score: "30.50", id: id))
            #expect(again.status == .ok)
            #expect(Data(again.body.readableBytesView) == Data(first.body.readableBytesView))
            #expect(try fixture.snapshot() == stored)
            #expect(try fixture.auditKinds(after: seq) == [])
            let other = try await client.putMark(j2, mark(score: "31", id: id))
            try expectRefused(
                other, .conflict, "request_reused", field: "request_id", unchanged: stored, since: seq)
        }
    }

    @Test func aJudgeWhoIsNotChiefCannotUseTheConsole() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let j2 = try await client.signIn("J2", pin: fixture.pins["J2"]!)
            let before = try fixture.snapshot()
            let seq = try fixture.store.auditSequence()
            var response = try await client.execute(uri: "/api/v1/status", method: .get, headers: j2.headers())
            try expectRefused(response, .forbidden, "not_chief", unchanged: before, since: seq)
            response = try await client.execute(
                uri: "/api/v1/locks", method: .post, headers: j2.headers(),
                body: json(["trade": "nursery", "round": "theory"]))
            // Recorded, as `judge lock --chief J2` records it.
            try expectRefused(
                response, .forbidden, "not_chief", unchanged: before, audited: ["refusal.not-chief"], since: seq)
        }
    }

    @Test func aWriteToALockedRoundIsRefusedAndRecorded() async throws {
        try fixture.importMarks([
            ("001", "theory", "T1", "80", ""), ("002", "theory", "T1", "70", ""),
        ])
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let chief = try await client.signIn("C1", pin: fixture.pins["C1"]!)
            let lock = try await client.execute(
                uri: "/api/v1/locks", method: .post, headers: chief.headers(),
                body: json(["trade": "nursery", "round": "theory"]))
            #expect(lock.status == .ok)
            let t1 = try await client.signIn("T1", pin: fixture.pins["T1"]!)
            let before = try fixture.snapshot()
            let seq = try fixture.store.auditSequence()
            let response = try await client.putMark(
                t1, ["number": "002", "round": "theory", "score": "75", "request_id": UUID().uuidString])
            try expectRefused(
                response, .conflict, "round_locked", field: "round", unchanged: before, audited: ["refusal.locked"],
                since: seq)
        }
    }
}
