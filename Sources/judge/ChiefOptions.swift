import ArgumentParser
import ScoreStore
import ScoringCore

/// Who does a privileged act (lock, unlock, correct, rule on an appeal): a judge whose entry
/// in the competition file says `chief: true`.
struct ChiefOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The chief judge (裁判长) doing this, by judge id.", valueName: "judge id"))
    var chief: String

    init() {}

    init(chief: String) {
        self.chief = chief
    }

    /// Refuses a judge who is not chief, recording the refusal; returns the chief's id.
    func authenticate(_ database: ScoreDatabase, for action: String) throws -> JudgeID {
        try Self.authenticate(chief, database, for: action)
    }

    /// The same for a command whose `--chief` is needed only sometimes.
    static func authenticate(_ chief: String, _ database: ScoreDatabase, for action: String) throws -> JudgeID {
        let competition = try database.competition()
        guard let judge = competition.judge(JudgeID(chief)) else {
            throw UserError("--chief \(chief): no judge has this id; judges are \(competition.judges.ids)")
        }
        guard judge.chief else {
            let chiefs = competition.judges.filter(\.chief)
            try database.recordRefusal(
                kind: "refusal.not-chief", actor: chief, summary: "\(action) refused: \(judge.id) is not a chief judge")
            throw UserError(
                "--chief \(chief): \(judge.name) is not a chief judge (裁判长), so may not do \(action); "
                    + (chiefs.isEmpty
                        ? "the competition file names no chief judge (chief: true)"
                        : "chief judges: \(chiefs.ids)"))
        }
        // Once PINs are issued the chief proves who they are; before that, the id is the identity.
        try PINEntry.verify(judge.id, in: database, purpose: "chief judge: \(action)")
        return judge.id
    }
}

extension [ScoringCore.Judge] {
    fileprivate var ids: String { map { "\($0.id) \($0.name)" }.joined(separator: ", ") }
}
