import Foundation
import Testing

/// `judge status`: a summary by default, every missing mark with --missing or --trade.
struct StatusSummaryTests {
    @Test func beforeAnyMarkStatusIsOneLinePerTradeAndRound() throws {
        let folder = try temporaryFolder()
        try VenueFolder.succeed(["init", "--config", JudgeProcess.fixture("venue/competition.yaml")], in: folder)
        try VenueFolder.succeed(["roster", "import", JudgeProcess.fixture("venue/roster.csv")], in: folder)
        let status = try VenueFolder.succeed(["status"], in: folder).stdout
        #expect(
            status == """
                育婴员 (nursery): 3 competitors, 2 active
                  理论知识 (theory): 0/2 marks in, 2 missing, 0 of 2 competitors scored
                  实际操作 (practical): 0/12 marks in, 12 missing, 0 of 2 competitors scored
                  final sheet: blocked by 4 (`judge status --missing` or `--trade nursery` lists them)

                养老护理员 (caregiver): 1 competitors, 1 active
                  理论知识 (theory): 0/1 marks in, 1 missing, 0 of 1 competitors scored
                  实际操作 (practical): 0/6 marks in, 6 missing, 0 of 1 competitors scored
                  final sheet: blocked by 2 (`judge status --missing` or `--trade caregiver` lists them)

                """, "\(status)")
        let missing = try VenueFolder.succeed(["status", "--missing"], in: folder).stdout
        #expect(
            missing.contains(
                "  final sheet: blocked by 4:\n    competitor 1, round theory: 1 more judge's mark needed\n"))
        #expect(missing.contains("    competitor 4, round practical: 3 more judges' marks needed\n"))
        let one = try VenueFolder.succeed(["status", "--trade", "caregiver"], in: folder).stdout
        #expect(one.hasPrefix("养老护理员 (caregiver): 1 competitors, 1 active\n") && !one.contains("育婴员"))
        #expect(one.contains("    competitor 4, round theory: 1 more judge's mark needed\n"))
    }

    @Test func marksInLocksAndFlagsShowOnTheRoundLine() throws {
        let folder = try VenueFolder.loaded()
        try folder.write("number,round,judge,score,criterion\n4,practical,J1,30,prep\n", to: "some.csv")
        try VenueFolder.succeed(["score", "import", "some.csv"], in: folder)
        try VenueFolder.succeed(["lock", "--trade", "nursery", "--round", "theory", "--chief", "C1"], in: folder)
        let status = try VenueFolder.succeed(["status"], in: folder).stdout
        #expect(
            status.contains("  理论知识 (theory): 2/2 marks in, 0 missing, 2 of 2 competitors scored, locked by C1 at "))
        #expect(status.contains("  实际操作 (practical): 12/12 marks in, 0 missing, 2 of 2 competitors scored\n"))
        // J1's skill mark and two more judges' marks: 1 + 2 × 2.
        #expect(
            status.contains("  实际操作 (practical): 1/6 marks in, 5 missing, 0 of 1 competitors scored\n"), "\(status)")
    }
}
