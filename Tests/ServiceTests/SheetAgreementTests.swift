import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A judge's sheet lists exactly whom `PUT /api/v1/marks` takes from that judge: every pair the
/// sheet offers is stored, every other one is refused.
@Suite(.serialized)
struct SheetAgreementTests {
    let fixture: ServiceFixture

    init() throws {
        fixture = try ServiceFixture()
    }

    @Test func theSheetAndTheEntryAgreeForEveryJudgeCompetitorAndRound() async throws {
        // Practical takes 3 judges: 002's are J2, J3 and J4, so J1 (on the panel) may not add a fourth.
        try fixture.importMarks([
            ("002", "practical", "J2", "30", "prep"), ("002", "practical", "J3", "31", "prep"),
            ("002", "practical", "J4", "32", "prep"),
        ])
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            var offered: [String: Set<String>] = [:]
            for judge in ["T1", "J1", "J2", "J3", "J4", "C1"] {
                let tablet = try await client.signIn(judge, pin: fixture.pins[judge]!)
                let sheet = try object(
                    try await client.execute(uri: "/api/v1/sheet", method: .get, headers: tablet.headers()).body)
                var listed: Set<String> = []
                for item in sheet["items"] as? [[String: Any]] ?? [] {
                    let round = (item["round"] as? [String: Any])?["id"] as? String ?? ""
                    for line in item["competitors"] as? [[String: Any]] ?? [] {
                        listed.insert("\(round) \(line["number"] as? String ?? "")")
                    }
                }
                offered[judge] = listed
                for number in ["001", "002", "003"] {
                    for round in ["theory", "practical"] {
                        var fields: [String: Any] = [
                            "number": number, "round": round, "score": "30",
                            "request_id": "\(judge)-\(number)-\(round)",
                        ]
                        if round == "practical" { fields["criterion"] = "prep" }
                        let response = try await client.putMark(tablet, fields)
                        let code = response.status == .ok ? "" : try apiError(response.body).code
                        #expect(
                            (response.status == .ok) == listed.contains("\(round) \(number)"),
                            "\(judge) \(round) \(number): sheet \(listed.sorted()), answer \(response.status) \(code)")
                    }
                }
            }
            // What each sheet offered, in this order: J1 used to be offered 002, then refused.
            #expect(offered["T1"] == ["theory 001", "theory 002"], "003 is absent")
            #expect(offered["J1"] == [], "001 shares J1's unit, 002 has its 3 judges already")
            #expect(offered["J2"] == ["practical 001", "practical 002"], "002 is J2's own to change")
            #expect(offered["J4"] == ["practical 001", "practical 002"], "001 had J2 and J3 only")
            #expect(offered["C1"] == [], "the chief sits on no panel")
        }
    }
}
