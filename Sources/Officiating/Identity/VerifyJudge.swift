import ScoreStore
public import ScoringCore

/// Once PINs are in use, a judge proves who they are (at the CLI, or once at the service's
/// sign-in); without PINs, there is nothing to check.
/// Wrong PINs are recorded and count toward the lockout (the store's PIN policy).
public struct VerifyJudge {
    public var judge: JudgeID
    /// What the PIN is for, as the audit record of a wrong one names it.
    public var purpose: String

    public init(judge: JudgeID, purpose: String) {
        self.judge = judge
        self.purpose = purpose
    }

    public func run(in venue: Venue, pin: PINReader) throws {
        // A session was opened with this judge's PIN: not asked, nor counted, again.
        guard venue.signedIn != judge, try venue.store.credentialsIssued() else { return }
        try venue.store.verifyPIN(judge: judge, pin: pin(.judge(judge)), purpose: purpose)
    }
}
