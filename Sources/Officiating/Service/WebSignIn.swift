import Foundation
import Messages
import ScoreStore
public import ScoringCore

/// Signing in at the service: the PIN of `judge judges credentials`, checked and counted exactly
/// as the CLI does (one count of wrong PINs, one lockout), then a session kept in the database.
public struct WebSignIn: Sendable {
    /// A competition day and its evening: a judge signs in once.
    public static let lifetime: Int64 = 16 * 3600

    let store: ScoreDatabase

    public init(venue: Venue) {
        store = venue.store
    }

    /// Costs one PBKDF2 check (~0.15 s): call it away from the event loop. The PIN's lockout and
    /// the session's lifetime are timed by the store's clock, as everything else it dates.
    public func signIn(judge id: String?, pin: String?) throws -> SignedIn {
        let judgeID = JudgeID((id ?? "").trimmingCharacters(in: .whitespaces))
        // An unknown judge gets the same answer as a wrong PIN: the answer does not say which.
        guard !judgeID.rawValue.isEmpty, let judge = try store.competition().judge(judgeID) else {
            throw Refusal(.signInRefused, at: .field(.pin))
        }
        do {
            try store.verifyPIN(judge: judgeID, pin: pin, purpose: "judge serve: sign-in")
        } catch let refusal as Refusal {
            // The store's refusal names the judge; the answer at the door must not say whether
            // the id or the PIN was wrong, so only a lockout keeps its minutes.
            switch refusal.code {
            case .lockedOut:
                throw Refusal(.lockedOut, at: .field(.pin), refusal.values)
            case .wrongPIN where refusal.values["minutes"] != nil:
                throw Refusal(.lockedOut, at: .field(.pin), refusal.values)
            case .wrongPIN, .pinRequired, .noCredential:
                throw Refusal(.signInRefused, at: .field(.pin))
            default:
                throw refusal
            }
        }
        let signedIn = SignedIn(judge: judge, token: Self.randomToken(), csrf: Self.randomToken())
        try store.openWebSession(
            judge: judgeID, token: signedIn.token, csrf: signedIn.csrf, lifetime: Self.lifetime)
        return signedIn
    }

    /// The judge a session cookie stands for, with the CSRF token its page was given.
    /// Every signed-in request asks: one query by key, not the competition definition.
    public func session(token: String) throws -> (judge: Judge, csrf: String)? {
        guard !token.isEmpty, token.count <= 128 else { return nil }
        return try store.webSessionJudge(token: token)
    }

    public func signOut(token: String) throws {
        try store.closeWebSession(token: token)
    }

    /// 256 random bits, hex.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(generator.next() as UInt64, radix: 16).leftPadded(to: 16) }.joined()
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
