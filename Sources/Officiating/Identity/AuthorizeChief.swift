import Messages
import ScoreStore
public import ScoringCore

/// Who does a privileged act (lock, unlock, correct, rule on an appeal): a judge whose entry in
/// the competition file says `chief: true`, with the chief's PIN once PINs are issued. A judge
/// who is not chief is refused, and the refusal recorded in the audit log.
public struct AuthorizeChief {
    public var chief: JudgeID
    /// What is being done, as the audit record names it (`judge lock`).
    public var action: String

    public init(chief: JudgeID, action: String) {
        self.chief = chief
        self.action = action
    }

    /// The chief's id, once proven.
    public func run(in venue: Venue, pin: PINReader) throws -> JudgeID {
        let database = venue.store
        let competition = try database.competition()
        guard let judge = competition.judge(chief) else {
            throw Refusal(.unknownChief, ["chief": chief.rawValue, "judges": competition.judges.ids])
        }
        guard judge.chief else {
            let chiefs = competition.judges.filter(\.chief)
            let values = ["chief": chief.rawValue, "name": judge.name, "action": action, "chiefs": chiefs.ids]
            let refusal = Refusal(
                chiefs.isEmpty ? .notChiefNoneNamed : .notChief, values, audited: "refusal.not-chief",
                auditNote: "\(action) refused: \(judge.id) is not a chief judge")
            // Recorded as every audited refusal is, by the store's one wrapper.
            return try database.recordingRefusals(actor: chief.rawValue) { throw refusal }
        }
        // Once PINs are issued the chief proves who they are; before that, the id is the identity.
        try VerifyJudge(judge: judge.id, purpose: "chief judge: \(action)").run(in: venue, pin: pin)
        return judge.id
    }
}

extension [ScoringCore.Judge] {
    var ids: String { map { "\($0.id) \($0.name)" }.joined(separator: ", ") }
}
