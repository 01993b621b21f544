import Foundation
import Testing

/// Signing off checks recusal (回避) again: a unit corrected after the marks were given can put
/// a stored mark into a recusal, which entry would have refused.
struct RecusalAtLockTests {
    @Test func aMarkThatAUnitCorrectionPutsIntoARecusalBlocksTheLockUntilAllowed() throws {
        let folder = try temporaryFolder()
        for step in [
            ["init", "--config", IntegrityTests.fixture("competition.yaml")],
            ["roster", "import", IntegrityTests.fixture("roster.csv")],
            ["score", "import", IntegrityTests.fixture("practical.csv")],
            // Competitor 2 was registered under the wrong unit: J1's unit, in truth.
            ["competitors", "edit", "2", "--unit", "甲公司", "--reason", "报名表填错单位", "--chief", "C1"],
        ] {
            let outcome = try JudgeProcess.run(step, in: folder)
            #expect(outcome.status == 0, "\(step): \(outcome.stderr)")
        }
        let lock = ["lock", "--trade", "nursery", "--round", "practical", "--chief", "C1"]
        let refused = try JudgeProcess.run(lock, in: folder)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "competitor 2 李四 (甲公司), judge J1 王芳 (甲公司): a mark given in a recusal (回避) the chief judge has not allowed"
            ), "\(refused.stderr)")
        let allow = try JudgeProcess.run(
            ["recusal", "allow", "--chief", "C1", "--judge", "J1", "--number", "2", "--reason", "评分时单位未知，经监督组复核"],
            in: folder)
        #expect(allow.status == 0, "\(allow.stderr)")
        #expect(try JudgeProcess.run(lock, in: folder).status == 0)
        #expect(try AuditTests.verify(folder).status == 0)
    }
}
