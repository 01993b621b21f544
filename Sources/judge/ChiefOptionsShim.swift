// TEMPORARY until `git merge main` brings the lead's ChiefOptions; deleted at that merge.
import ArgumentParser
import ScoreStore
import ScoringCore

struct ChiefOptions: ParsableArguments {
    @Option(help: "The chief judge (裁判长) doing this, by judge id.") var chief: String

    func authenticate(_ database: ScoreDatabase) throws -> JudgeID {
        let id = JudgeID(chief)
        guard try database.competition().judge(id) != nil else { throw UserError("no judge \(chief)") }
        try PINEntry.verify(id, in: database, purpose: "chief judge")
        return id
    }
}
