import Foundation
import Messages
import ScoreStore
public import ScoringCore
public import StoreValues

/// Judges are issued PINs, shown once and stored only as a salted slow hash. The operator may
/// issue a first PIN; replacing one (a forgotten or leaked PIN) needs the chief judge.
public struct IssueJudgePINs {
    /// Only these judges; none means every judge without a PIN.
    public var judges: [JudgeID]
    /// The chief judge, needed to replace a PIN already issued.
    public var chief: JudgeID?
    /// Who issues first PINs (the OS user at the CLI).
    public var operatorName: String

    public init(judges: [JudgeID], chief: JudgeID?, operatorName: String) {
        self.judges = judges
        self.chief = chief
        self.operatorName = operatorName
    }

    /// Checks who gets a PIN and who may issue it, then `beforeIssuing` (the door's last check, e.g. that
    /// the slips file can be written: a PIN issued but never shown would be lost), then issues.
    public func run(in venue: Venue, pin: PINReader, beforeIssuing: () throws -> Void = {}) throws -> [IssuedPIN] {
        let store = venue.store
        let competition = try store.competition()
        let holders = try store.judgesWithCredentials()
        var targets: [JudgeID]
        if judges.isEmpty {
            targets = competition.judges.map(\.id).filter { !holders.contains($0) }
            guard !targets.isEmpty else { throw Refusal(.everyJudgeHasPIN) }
        } else {
            var seen: Set<JudgeID> = []
            targets = judges.map { JudgeID($0.rawValue.trimmingCharacters(in: .whitespaces)) }.filter {
                seen.insert($0).inserted
            }
            for id in targets where competition.judge(id) == nil {
                throw Refusal(
                    .unknownJudge, at: .option("--judge"),
                    ["value": id.rawValue, "known": competition.judges.map(\.id.rawValue).joined(separator: ", ")])
            }
        }
        var issuer = operatorName
        let replacing = targets.filter(holders.contains)
        if !replacing.isEmpty {
            guard let chief else {
                throw Refusal(
                    replacing.count == 1 ? .pinReplaceNeedsChief : .pinsReplaceNeedChief,
                    ["who": "judge " + replacing.map(\.rawValue).joined(separator: ", ")])
            }
            issuer = try AuthorizeChief(chief: chief, action: "judge judges credentials").run(in: venue, pin: pin)
                .rawValue
        }
        try beforeIssuing()
        return try store.issueCredentials(to: targets, issuer: issuer)
    }
}
