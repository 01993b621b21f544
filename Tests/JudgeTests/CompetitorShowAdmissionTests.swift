import Foundation
import Testing

/// `competitors show` labels a mark "dropped" only where the sheet scored the round: the marks
/// of a competitor cut before the round, or whose admission waits for the qualifying round,
/// were not put through the trimmed mean at all.
struct CompetitorShowAdmissionTests {
    /// Competitor 1 qualifies for the practical round (top 1 after theory), 2 is cut, 3 has no
    /// theory mark yet; all three have complete practical marks.
    static func folder() throws -> URL {
        let folder = try temporaryFolder()
        try folder.write(
            """
            competition: { id: qualify, name: 晋级测试 }
            trades:
              - { id: nursery, name: 育婴员 }
            rounds:
              - { id: theory, name: 理论知识, max: 100, weight: 30, aggregate: single, judges: 1 }
              - id: practical
                name: 实际操作
                max: 100
                weight: 70
                aggregate: trimmed-mean
                trim: 1
                judges: 3
                qualify: { after: theory, top: 1 }
            judges:
              - { id: T1, name: 阅卷组 }
              - { id: J1, name: 王芳 }
              - { id: J2, name: 李明 }
              - { id: J3, name: 赵强 }
            prizes:
              - { name: 一等奖, count: 1 }

            """, to: "competition.yaml")
        try folder.write("number,name,unit,trade\n1,甲,A,nursery\n2,乙,B,nursery\n3,丙,C,nursery\n", to: "roster.csv")
        var marks = "number,round,judge,score\n1,theory,T1,90\n2,theory,T1,80\n"
        for number in 1...3 {
            for (judge, score) in [("J1", 80), ("J2", 82), ("J3", 84)] {
                marks += "\(number),practical,\(judge),\(score - 10 * (number - 1))\n"
            }
        }
        try folder.write(marks, to: "marks.csv")
        for step in [
            ["init", "--config", "competition.yaml"], ["roster", "import", "roster.csv"],
            ["score", "import", "marks.csv"],
        ] {
            let outcome = try JudgeProcess.run(step, in: folder)
            #expect(outcome.status == 0, "\(step): \(outcome.stderr)")
        }
        return folder
    }

    /// The practical round's lines of `competitors show NUMBER`.
    static func practical(_ number: String, in folder: URL, language: String = "en") throws -> [String] {
        let outcome = try JudgeProcess.run(["competitors", "show", number, "--lang", language], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        return Array(lines.drop { !$0.contains("(practical)") && !$0.contains("（practical）") }.prefix(4))
    }

    @Test func aCompetitorCutBeforeTheRoundHasMarksKeptNotScoredNotDropped() throws {
        let folder = try Self.folder()
        #expect(
            try Self.practical("2", in: folder) == [
                "实际操作 (practical), trimmed-mean, trim 1: kept, not scored",
                "  J1 王芳: 70.00  kept, not scored",
                "  J2 李明: 72.00  kept, not scored",
                "  J3 赵强: 74.00  kept, not scored",
            ])
        #expect(
            try Self.practical("2", in: folder, language: "zh") == [
                "环节 实际操作（practical），trimmed-mean（去掉最高最低各 1 个）：保留，不计分",
                "  J1 王芳: 70.00  保留，不计分",
                "  J2 李明: 72.00  保留，不计分",
                "  J3 赵强: 74.00  保留，不计分",
            ])
    }

    @Test func aCompetitorWhoseAdmissionWaitsHasNoMarkDropped() throws {
        let folder = try Self.folder()
        #expect(
            try Self.practical("3", in: folder) == [
                "实际操作 (practical), trimmed-mean, trim 1: not scored",
                "  J1 王芳: 60.00",
                "  J2 李明: 62.00",
                "  J3 赵强: 64.00",
            ])
    }

    @Test func aScoredRoundStillNamesTheMarksTheTrimmedMeanDropped() throws {
        let folder = try Self.folder()
        #expect(
            try Self.practical("1", in: folder) == [
                "实际操作 (practical), trimmed-mean, trim 1: 82.00",
                "  J1 王芳: 80.00  dropped",
                "  J2 李明: 82.00",
                "  J3 赵强: 84.00  dropped",
            ])
    }
}
