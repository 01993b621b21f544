import Foundation
import Messages
import ScoreStore
public import ScoringCore

/// The clerks the competition file declares are issued PINs, as judges are.
public struct IssueClerkPINs {
    public var clerks: [String]
    public var chief: JudgeID?
    public var operatorName: String

    public init(clerks: [String], chief: JudgeID?, operatorName: String) {
        self.clerks = clerks
        self.chief = chief
        self.operatorName = operatorName
    }

    public func run(in venue: Venue, pin: PINReader) throws -> [(clerk: Clerk, pin: String)] {
        let store = venue.store
        let declared = try store.competition().clerks
        guard !declared.isEmpty else { throw Refusal(.noClerksDeclared) }
        let holders = try store.clerksWithCredentials()
        var targets = clerks.map { $0.trimmingCharacters(in: .whitespaces) }
        if targets.isEmpty {
            targets = declared.map(\.id).filter { !holders.contains($0) }
            guard !targets.isEmpty else { throw Refusal(.everyClerkHasPIN) }
        }
        var issuer = operatorName
        let replacing = targets.filter(holders.contains)
        if !replacing.isEmpty {
            guard let chief else {
                throw Refusal(
                    replacing.count == 1 ? .pinReplaceNeedsChief : .pinsReplaceNeedChief,
                    ["who": "clerk " + replacing.joined(separator: ", ")])
            }
            issuer = try AuthorizeChief(chief: chief, action: "judge clerks credentials").run(in: venue, pin: pin)
                .rawValue
        }
        return try store.issueClerkCredentials(to: targets, issuer: issuer)
    }
}
