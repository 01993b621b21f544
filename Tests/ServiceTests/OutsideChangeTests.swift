import Foundation
import Hummingbird
import HummingbirdTesting
import ScoreStore
import ScoringCore
import Service
import StoreValues
import Testing

/// The service keeps the competition definition between marks and looks competitors up one by
/// one; a change made outside it while it runs (the CLI on the same file, a hand edit) must
/// still decide the very next mark.
@Suite(.serialized)
struct OutsideChangeTests {
    let fixture: ServiceFixture

    init() throws {
        fixture = try ServiceFixture()
    }

    private func mark(_ number: String, criterion: String = "prep", score: String = "30.50") -> [String: Any] {
        [
            "number": number, "round": "practical", "criterion": criterion, "score": score,
            "request_id": UUID().uuidString,
        ]
    }

    @Test func aRosterChangeAtTheCLIDecidesTheNextMark() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let j2 = try await client.signIn("J2", pin: fixture.pins["J2"]!)
            #expect(try await client.putMark(j2, mark("002")).status == .ok)
            // Another connection to the file, as `judge competitors edit` and `judge roster import` open it.
            let cli = try ScoreDatabase(path: fixture.path)
            // 002 now comes from J2's own unit: J2 is recused from marking them.
            _ = try cli.editCompetitor(
                number: "002", CompetitorEdit(unit: "区总工会"), reason: "单位登记有误", by: "clerk", chief: "C1")
            var response = try await client.putMark(j2, mark("002", score: "31"))
            #expect(response.status == .forbidden)
            #expect(try apiError(response.body).code == "recused")
            // A competitor added to the roster is marked at once.
            var rows = [RosterRow(line: 2, number: "004", name: "赵六", unit: "丁公司", trade: "nursery")]
                .makeIterator()
            _ = try cli.importRoster(file: "late.csv", clerk: "clerk", nextRow: { rows.next() })
            #expect(try await client.putMark(j2, mark("004")).status == .ok)
            // And one who withdrew is no longer.
            _ = try cli.editCompetitor(
                number: "004", CompetitorEdit(status: .absent), reason: "缺考", by: "clerk", chief: "C1")
            response = try await client.putMark(j2, mark("004", score: "31"))
            #expect(response.status == .forbidden)
            #expect(try apiError(response.body).code == "not_active")
            #expect(try ScoreDatabase(path: fixture.path, readOnly: true).verifyAudit().problems.isEmpty)
        }
    }

    @Test func aDefinitionEditedByHandDecidesTheNextMark() async throws {
        let app = Application(router: fixture.service().router(logRequests: false))
        try await app.test(.router) { client in
            let j2 = try await client.signIn("J2", pin: fixture.pins["J2"]!)
            // The service has read the definition for this mark and keeps it.
            #expect(try await client.putMark(j2, mark("002")).status == .ok)
            // Another process moves ten points of prep's maximum to skill's.
            try Self.sqlite(
                fixture.path,
                "UPDATE criterion SET max_h = 3000 WHERE id = 'prep'; UPDATE criterion SET max_h = 7000 WHERE id = 'skill'"
            )
            // 35 was within the old maximum of prep (40), not within the stored one (30).
            let above = try await client.putMark(j2, mark("002", score: "35"))
            #expect(above.status == .unprocessableContent)
            let error = try apiError(above.body)
            #expect(error.code == "above_maximum")
            #expect(error.field == "score")
            // 65 is within the stored maximum of skill (70) only.
            let within = try await client.putMark(j2, mark("002", criterion: "skill", score: "65"))
            #expect(within.status == .ok)
            #expect(try fixture.snapshot().contains("002 practical J2 skill 65.00"))
        }
    }

    /// Runs SQL on the file from another process, in one transaction.
    private static func sqlite(_ path: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.close()",
            path, "BEGIN; \(sql); COMMIT;",
        ]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw FixtureError("python3 sqlite3 failed") }
    }
}
