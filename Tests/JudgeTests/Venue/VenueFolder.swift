import Foundation
import Testing

/// The venue competition (Fixtures/venue: nursery and caregiver, chief judge C1): competitors 1
/// and 2 of nursery have every mark (e2e/marks.csv), 3 is absent, 4 of caregiver has none.
enum VenueFolder {
    static func loaded() throws -> URL {
        let folder = try temporaryFolder()
        for step in [
            ["init", "--config", JudgeProcess.fixture("venue/competition.yaml")],
            ["roster", "import", JudgeProcess.fixture("venue/roster.csv")],
            ["score", "import", JudgeProcess.fixture("e2e/marks.csv")],
        ] {
            try succeed(step, in: folder)
        }
        return folder
    }

    @discardableResult
    static func succeed(
        _ arguments: [String], in folder: URL, environment: [String: String] = [:]
    ) throws -> JudgeProcess.Outcome {
        let outcome = try JudgeProcess.run(arguments, in: folder, environment: environment)
        #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
        return outcome
    }

    /// Runs a command that must be refused with `message`, leaving the database byte for byte as it was.
    static func refuse(_ arguments: [String], in folder: URL, _ message: String) throws {
        let before = try folder.contents(of: "judge.sqlite")
        let outcome = try JudgeProcess.run(arguments, in: folder)
        #expect(outcome.status != 0, "\(arguments) was not refused")
        #expect(outcome.stderr == "Error: \(message)\n", "\(arguments)")
        #expect(try folder.contents(of: "judge.sqlite") == before, "\(arguments) changed the database")
    }

    static func sqlite(_ sql: String, in folder: URL) throws -> String {
        try AuditTests.query(sql, in: folder)
    }

    static func auditVerifies(_ folder: URL, database: String = "judge.sqlite") throws -> Bool {
        let outcome = try JudgeProcess.run(["audit", "verify", "--db", database], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return outcome.status == 0 && outcome.stdout.hasPrefix("audit: OK")
    }
}
