import Foundation
import ScoreStore
import ScoringCore
public import StoreValues

/// One mark typed at the judges' table (or sent from a tablet): the judge's PIN once PINs are
/// issued; where the competition declares its clerks, someone proves who typed it.
public struct EnterMark {
    public var mark: MarkInput
    /// Who types the mark, when not the judge.
    public var clerk: String?
    /// Replace a mark already stored; the old value is kept in the history.
    public var replace: Bool

    public init(mark: MarkInput, clerk: String?, replace: Bool) {
        self.mark = mark
        self.clerk = clerk
        self.replace = replace
    }

    public func run(in venue: Venue, pin: PINReader) throws -> EnteredMark {
        let store = venue.store
        let judgeID = JudgeID(mark.judge.rawValue.trimmingCharacters(in: .whitespaces))
        // An unknown judge is refused by the entry itself, naming the judges there are.
        if try store.competition().judge(judgeID) != nil {
            try VerifyJudge(
                judge: judgeID,
                purpose: "score enter: competitor \(mark.number), round \(mark.round), judge \(judgeID)"
            ).run(in: venue, pin: pin)
        }
        var authenticated: Authentication? = try store.credentialsIssued() ? .judgePIN : nil
        var typist = judgeID.rawValue
        // Where the competition declares its clerks, someone proves who typed the mark: the judge
        // with a PIN, else a clerk with theirs (a clerk is then required).
        let clerksDeclared = try !store.competition().clerks.isEmpty
        if clerk != nil || (authenticated == nil && clerksDeclared) {
            let who = try IdentifyClerk(
                clerk: clerk, fallback: typist, purpose: "score enter: competitor \(mark.number)"
            ).run(in: venue, pin: pin)
            typist = who.name
            if let proof = who.authenticated { authenticated = proof }
        }
        return try store.enterMark(mark.row, clerk: typist, replace: replace, authenticated: authenticated)
    }
}
